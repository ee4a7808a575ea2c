"use client";

import { useActionState, useEffect, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { acceptAsCurrentUserAction, acceptWithNewAccountAction } from "../actions";

type Props = { token: string; signedInAs: string | null; invitedEmail: string | null };

export function AcceptInvite({ token, signedInAs, invitedEmail }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [state, action, creating] = useActionState(acceptWithNewAccountAction.bind(null, token), null);
  const [password, setPassword] = useState("");

  useEffect(() => {
    if (!state?.ok) return;
    const { email, projectSlug } = state.data;
    void signIn("credentials", { email, password, callbackUrl: `/projects/${projectSlug}` });
  }, [state, password]);

  if (signedInAs) {
    return (
      <div className="space-y-4">
        {error ? (
          <Alert variant="destructive">
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        ) : null}
        <p className="text-sm">Signed in as {signedInAs}.</p>
        <Button
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await acceptAsCurrentUserAction(token);
              if (result.ok) router.push(`/projects/${result.data.projectSlug}`);
              else setError(result.error);
            })
          }
        >
          {pending ? "Joining…" : "Join project"}
        </Button>
      </div>
    );
  }

  return (
    <form action={action} className="space-y-4">
      {state && !state.ok ? (
        <Alert variant="destructive">
          <AlertDescription>{state.error}</AlertDescription>
        </Alert>
      ) : null}
      <div className="space-y-2">
        <Label htmlFor="name">Your name</Label>
        <Input id="name" name="name" autoComplete="name" required />
      </div>
      <div className="space-y-2">
        <Label htmlFor="email">Email</Label>
        <Input id="email" name="email" type="email" autoComplete="username" defaultValue={invitedEmail ?? ""} readOnly={!!invitedEmail} required />
      </div>
      <div className="space-y-2">
        <Label htmlFor="password">Password</Label>
        <Input id="password" name="password" type="password" autoComplete="new-password" minLength={10} required value={password} onChange={(e) => setPassword(e.target.value)} />
        <p className="text-sm text-muted-foreground">At least 10 characters.</p>
      </div>
      <Button type="submit" className="w-full" disabled={creating}>
        {creating ? "Creating account…" : "Create account and join"}
      </Button>
      <p className="text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link className="underline" href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}>
          Sign in
        </Link>{" "}
        and open this link again.
      </p>
    </form>
  );
}
