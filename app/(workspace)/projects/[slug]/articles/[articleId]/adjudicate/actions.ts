"use server";

import { revalidatePath } from "next/cache";
import { requireActionProjectAccess } from "@/lib/auth/require-action-project-access";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { assertTextArguments } from "@/lib/http/assert-text-arguments";
import { resolveGoldGroup } from "@/lib/server/adjudication/resolve-gold-group";
import { reopenGoldGroup } from "@/lib/server/adjudication/reopen-gold-group";
import { setGoldLayerComplete } from "@/lib/server/adjudication/set-gold-layer-complete";
import { deleteAnnotation } from "@/lib/server/annotation/delete-annotation";

// The adjudication page's endpoints. Inputs stay `unknown`: a server action is
// a public POST, so the lib functions parse them and check the role again.

function revalidateArticle(slug: string, articleId: string) {
  revalidatePath(`/projects/${slug}/articles/${articleId}`, "layout");
  revalidatePath(`/projects/${slug}/agreement`);
}

export async function resolveGoldGroupAction(slug: string, articleId: string, input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    assertTextArguments({ articleId });
    const access = await requireActionProjectAccess(slug);
    await resolveGoldGroup(access, articleId, input);
    revalidateArticle(slug, articleId);
    return undefined;
  });
}

export async function reopenGoldGroupAction(slug: string, articleId: string, input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    assertTextArguments({ articleId });
    const access = await requireActionProjectAccess(slug);
    await reopenGoldGroup(access, articleId, input);
    revalidateArticle(slug, articleId);
    return undefined;
  });
}

export async function setGoldLayerCompleteAction(slug: string, articleId: string, input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    assertTextArguments({ articleId });
    const access = await requireActionProjectAccess(slug);
    await setGoldLayerComplete(access, articleId, input);
    revalidateArticle(slug, articleId);
    return undefined;
  });
}

// Gold annotations whose source changed after the decision are removed like
// any annotation (soft delete, audited); reviewers may delete anyone's.
export async function removeGoldAnnotationAction(slug: string, articleId: string, annotationId: unknown, version: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    assertTextArguments({ articleId });
    const access = await requireActionProjectAccess(slug);
    await deleteAnnotation(access, String(annotationId), { version });
    revalidateArticle(slug, articleId);
    return undefined;
  });
}
