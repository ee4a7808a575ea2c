import type { AssignmentStatus } from "@/lib/generated/prisma/enums";

export const assignmentStatusLabels: Record<AssignmentStatus, string> = {
  ASSIGNED: "Assigned",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
};
