"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { changePassword } from "@/lib/server/user/change-password";
import { endAllSessions } from "@/lib/server/user/end-all-sessions";

// Both end every session of the account, this one included; the client then
// clears its cookie through next-auth's sign-out and goes to sign-in.

export async function changePasswordAction(_prev: ActionResult<undefined> | null, form: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const user = await requireUser();
    await changePassword(user.id, { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") });
    return undefined;
  });
}

export async function signOutEverywhereAction(): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const user = await requireUser();
    await endAllSessions(user.id);
    return undefined;
  });
}
