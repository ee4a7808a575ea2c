import type { ChangeEvent } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = {
  // Pre-filled and locked when an invite is bound to an address.
  fixedEmail?: string | null;
  // Controlled password, for forms that sign in right after creating the account.
  password?: string;
  onPasswordChange?: (event: ChangeEvent<HTMLInputElement>) => void;
};

// Name, email and password of a new account, with the rules the server
// enforces (lib/validations/auth.ts) stated next to the fields.
export function NewAccountFields({ fixedEmail, password, onPasswordChange }: Props) {
  return (
    <>
      <div className="space-y-2">
        <Label htmlFor="name">Your name</Label>
        <Input id="name" name="name" autoComplete="name" required />
      </div>
      <div className="space-y-2">
        <Label htmlFor="email">Email</Label>
        <Input id="email" name="email" type="email" autoComplete="username" defaultValue={fixedEmail ?? ""} readOnly={!!fixedEmail} required />
      </div>
      <div className="space-y-2">
        <Label htmlFor="password">Password</Label>
        <Input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          aria-describedby="password-hint"
          {...(onPasswordChange ? { value: password ?? "", onChange: onPasswordChange } : {})}
        />
        <p id="password-hint" className="text-sm text-muted-foreground">
          At least 10 characters and hard to guess: a few unrelated words work well; common passwords, names and patterns are refused.
        </p>
      </div>
    </>
  );
}
