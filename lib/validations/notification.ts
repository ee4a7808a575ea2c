import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

// POST /api/inbox/read: some notifications, or all of them.
export const markNotificationsReadSchema = z.union(
  [
    z.strictObject({ ids: z.array(safeString().min(1).max(64)).min(1, "ids cannot be empty.").max(500, "Mark at most 500 at a time.") }),
    z.strictObject({ all: z.literal(true) }),
  ],
  { error: "Send { ids: [...] } or { all: true }." },
);
