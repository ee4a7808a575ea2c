"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { requireActionProjectAccess } from "@/lib/auth/require-action-project-access";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { assertTextArguments } from "@/lib/http/assert-text-arguments";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { revokeApiToken } from "@/lib/server/api-token/revoke-api-token";

// Tokens are managed only with a signed-in session (never with a token), and
// only one's own: the lib functions check membership and ownership.

export async function createApiTokenAction(slug: string, _prev: ActionResult<{ secret: string; name: string }> | null, form: FormData) {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    const { token, secret } = await createApiToken(access, {
      name: form.get("name"),
      scope: form.get("scope"),
      expiresIn: form.get("expiresIn"),
    });
    revalidatePath(`/projects/${slug}/export`);
    return { secret, name: token.name };
  });
}

export async function revokeApiTokenAction(slug: string, tokenId: string): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    assertTextArguments({ tokenId });
    const user = await requireUser();
    await revokeApiToken(user.id, tokenId);
    revalidatePath(`/projects/${slug}/export`);
    return undefined;
  });
}
