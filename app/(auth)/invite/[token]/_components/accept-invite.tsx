"use client";

import { useActionState, useEffect, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/forms/form-error";
import { NewAccountFields } from "@/components/forms/new-account-fields";
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
        <FormError message={error} />
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
      <FormError message={state && !state.ok ? state.error : null} />
      <NewAccountFields fixedEmail={invitedEmail} password={password} onPasswordChange={(e) => setPassword(e.target.value)} />
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
