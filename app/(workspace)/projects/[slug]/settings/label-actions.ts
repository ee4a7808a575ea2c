"use server";

import { revalidatePath } from "next/cache";
import { requireActionProjectAccess } from "@/lib/auth/require-action-project-access";
import { runAction, type ActionResult } from "@/lib/http/run-action";
import { createLabel } from "@/lib/server/label/create-label";
import { updateLabel } from "@/lib/server/label/update-label";
import { archiveLabel } from "@/lib/server/label/archive-label";
import { restoreLabel } from "@/lib/server/label/restore-label";
import { moveLabel } from "@/lib/server/label/move-label";

// The label editor's endpoints. Inputs stay `unknown`: a server action is a
// public POST, so the lib functions parse them and check the owner's right.
// Every page of the project shows labels (pickers, badges), hence the layout
// revalidation.

function revalidateProject(slug: string) {
  revalidatePath(`/projects/${slug}`, "layout");
}

export async function createLabelAction(slug: string, input: unknown): Promise<ActionResult<{ id: string; key: string }>> {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    const label = await createLabel(access, input);
    revalidateProject(slug);
    return { id: label.id, key: label.key };
  });
}

export async function updateLabelAction(slug: string, input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    await updateLabel(access, input);
    revalidateProject(slug);
    return undefined;
  });
}

export async function archiveLabelAction(slug: string, labelId: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    await archiveLabel(access, labelId);
    revalidateProject(slug);
    return undefined;
  });
}

export async function restoreLabelAction(slug: string, labelId: unknown): Promise<ActionResult<{ clearedHotkey: { hotkey: string | null; takenBy: string } | null }>> {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    const { clearedHotkey } = await restoreLabel(access, labelId);
    revalidateProject(slug);
    return { clearedHotkey };
  });
}

export async function moveLabelAction(slug: string, input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const access = await requireActionProjectAccess(slug);
    await moveLabel(access, input);
    revalidateProject(slug);
    return undefined;
  });
}
