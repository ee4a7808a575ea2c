import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

export const emailSchema = safeString()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address."));

// Length over composition rules (NIST 800-63B); bounded so hashing cost is bounded too.
export const newPasswordSchema = safeString()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.");

export const signInSchema = z.object({
  email: emailSchema,
  // Plain z.string(): a password is only hashed, never stored, and refusing
  // characters here could lock out someone who set one before the rule.
  password: z.string().min(1, "Enter your password.").max(200, "Password is too long."),
});

export const personNameSchema = safeString().trim().min(1, "Enter a name.").max(120, "Name is too long.");

export const newAccountSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});

export type NewAccountInput = z.infer<typeof newAccountSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200, "Password is too long."),
  newPassword: newPasswordSchema,
});
