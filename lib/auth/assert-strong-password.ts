import { AppError } from "@/lib/errors/app-error";
import { checkPasswordStrength } from "@/lib/auth/password-strength";

// Every place a person chooses a password (first-run setup, invite
// acceptance, an owner-created account, a password change) calls this after
// the length check, so all of them refuse the same guessable passwords with
// the same advice. Demo seed passwords are hashed directly and skip it.
export function assertStrongPassword(password: string, context: readonly string[]): void {
  const strength = checkPasswordStrength(password, context);
  if (!strength.ok) throw new AppError("BAD_REQUEST", strength.message, [{ path: ["password"], message: strength.message }]);
}
