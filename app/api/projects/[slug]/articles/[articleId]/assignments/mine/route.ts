import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { myAssignmentActionSchema } from "@/lib/validations/assignment";
import { findMyAssignment } from "@/lib/server/assignment/find-my-assignment";
import { startAssignment } from "@/lib/server/assignment/start-assignment";
import { submitAssignment } from "@/lib/server/assignment/submit-assignment";
import { reopenAssignment } from "@/lib/server/assignment/reopen-assignment";

type Context = { params: Promise<{ slug: string; articleId: string }> };

const actions = { start: startAssignment, submit: submitAssignment, reopen: reopenAssignment } as const;

// GET → { assignment: MyAssignment | null }
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json({ assignment: await findMyAssignment(access, articleId) });
});

// POST { action: "start" | "submit" | "reopen" } → { assignment: MyAssignment }
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const parsed = myAssignmentActionSchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw new AppError("BAD_REQUEST", "Send an action: start, submit or reopen.");
  return NextResponse.json({ assignment: await actions[parsed.data.action](access, articleId) });
});
