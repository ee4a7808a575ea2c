"use server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { assertTextArguments } from "@/lib/http/assert-text-arguments";
import { acceptInvite } from "@/lib/server/invite/accept-invite";
import { AppError } from "@/lib/errors/app-error";

type Accepted = { projectSlug: string; email: string };

export async function acceptAsCurrentUserAction(token: string): Promise<ActionResult<Accepted>> {
  return runAction(async () => {
    assertTextArguments({ token });
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first.");
    return acceptInvite(token, { userId: user.id });
  });
}

export async function acceptWithNewAccountAction(
  token: string,
  _prev: ActionResult<Accepted> | null,
  form: FormData,
): Promise<ActionResult<Accepted>> {
  return runAction(() => {
    assertTextArguments({ token });
    return acceptInvite(token, {
      newAccount: { name: form.get("name"), email: form.get("email"), password: form.get("password") },
    });
  });
}
