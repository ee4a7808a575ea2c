import type { Role } from "@/lib/generated/prisma/enums";

// Documented in the README. Only created on an empty database by the demo
// seed; a real installation sets SEED_DEMO=false and uses the first-run page.
export const DEMO_PASSWORD = "claimdesk-demo";

export const demoAccounts: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "owner@example.com", name: "Olivia Owner", role: "OWNER" },
  { email: "reviewer@example.com", name: "Rahul Reviewer", role: "REVIEWER" },
  { email: "annotator@example.com", name: "Ana Annotator", role: "ANNOTATOR" },
  { email: "annotator2@example.com", name: "Tomás Annotator", role: "ANNOTATOR" },
  { email: "viewer@example.com", name: "Vera Viewer", role: "VIEWER" },
];
