"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requireActionProjectAccess } from "@/lib/auth/require-action-project-access";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { assertTextArguments } from "@/lib/http/assert-text-arguments";
import { createColleagueInvite } from "@/lib/server/invite/create-colleague-invite";
import { assertCan } from "@/lib/server/project/assert-can";
import { createInvite } from "@/lib/server/invite/create-invite";
import { revokeInvite } from "@/lib/server/invite/revoke-invite";
import { changeMemberRole } from "@/lib/server/membership/change-member-role";
import { env } from "@/lib/env";
import { setProjectLicense } from "@/lib/server/project/set-project-license";

// Each action re-checks the session and the owner's right inside the lib
// function it calls: a server action is a public endpoint.

// The answer is the same whether or not the address had an account.
export async function addMemberAction(slug: string, _prev: ActionResult<{ email: string }> | null, form: FormData) {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    assertCan(access, "members.manage");
    const invited = await createColleagueInvite(access, {
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
      role: form.get("role"),
    });
    revalidatePath(`/projects/${slug}/settings`);
    return { email: invited.email };
  });
}

export async function createInviteAction(slug: string, _prev: ActionResult<{ link: string }> | null, form: FormData) {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    const invite = await createInvite(access, {
      role: form.get("role"),
      email: form.get("email") ?? "",
      expiresInDays: form.get("expiresInDays") ?? 7,
    });
    const h = await headers();
    const origin = env().NEXTAUTH_URL ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host")}`;
    revalidatePath(`/projects/${slug}/settings`);
    return { link: `${origin}/invite/${invite.token}` };
  });
}

export async function revokeInviteAction(slug: string, inviteId: string): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    assertTextArguments({ inviteId });
    const access = await requireActionProjectAccess(slug);
    await revokeInvite(access, inviteId);
    revalidatePath(`/projects/${slug}/settings`);
    return undefined;
  });
}

export async function changeRoleAction(slug: string, userId: string, role: string | null): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    await changeMemberRole(access, { userId, role });
    revalidatePath(`/projects/${slug}/settings`);
    return undefined;
  });
}

export async function setLicenseAction(slug: string, _prev: ActionResult<{ license: string | null }> | null, form: FormData) {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    const saved = await setProjectLicense(access, { license: form.get("license") });
    revalidatePath(`/projects/${slug}/settings`);
    return saved;
  });
}
