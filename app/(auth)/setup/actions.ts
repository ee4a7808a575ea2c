"use server";

import { db } from "@/lib/db";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { createFirstOwner } from "@/lib/server/user/create-first-owner";

export async function setupAction(_prev: ActionResult<{ email: string }> | null, form: FormData) {
  return runAction(async () => {
    const { user } = await createFirstOwner(db, {
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
      projectName: form.get("projectName"),
      setupCode: form.get("setupCode"),
    });
    return { email: user.email };
  });
}
