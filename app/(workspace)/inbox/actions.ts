"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { assertTextArguments } from "@/lib/http/assert-text-arguments";
import { acceptPendingInvite } from "@/lib/server/invite/accept-pending-invite";
import { declinePendingInvite } from "@/lib/server/invite/decline-pending-invite";

// Public endpoints like any server action: the session is read here and the
// invitation must be bound to the signed-in person's own address.

export async function acceptInvitationAction(inviteId: string): Promise<ActionResult<{ projectSlug: string }>> {
  return runAction(async () => {
    assertTextArguments({ inviteId });
    const user = await requireUser();
    const accepted = await acceptPendingInvite(user, inviteId);
    revalidatePath("/inbox");
    revalidatePath("/projects");
    return accepted;
  });
}

export async function declineInvitationAction(inviteId: string): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    assertTextArguments({ inviteId });
    const user = await requireUser();
    await declinePendingInvite(user, inviteId);
    revalidatePath("/inbox");
    return undefined;
  });
}
