import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { newAccountSchema } from "@/lib/validations/auth";
import { safeString } from "@/lib/validations/safe-string";

// "Add a colleague" on the settings page: the account to create if the
// address has none, and the role the invitation offers.
export const colleagueSchema = newAccountSchema.extend({ role: z.enum(Role) });

export const inviteIdSchema = safeString().min(1).max(64);
