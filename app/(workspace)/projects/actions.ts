"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { createProject } from "@/lib/server/project/create-project";
import { transaction } from "@/lib/db/transaction";

export async function createProjectAction(
  _prev: ActionResult<{ slug: string }> | null,
  form: FormData,
): Promise<ActionResult<{ slug: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const project = await transaction((tx) =>
      createProject(tx, user.id, {
        name: form.get("name"),
        slug: form.get("slug"),
        description: form.get("description") ?? "",
      }),
    );
    return { slug: project.slug };
  });
}
