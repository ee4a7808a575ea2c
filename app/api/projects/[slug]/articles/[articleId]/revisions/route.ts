import { NextResponse } from "next/server";
import { routeHandler } from "@/lib/http/route-handler";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authenticateProjectRequest } from "@/lib/auth/authenticate-project-request";
import { ARTICLE_TEXT_MAX, REVISION_NOTE_MAX } from "@/lib/validations/article-revision";
import { listArticleRevisions } from "@/lib/server/article/list-article-revisions";
import { previewRevision } from "@/lib/server/article/preview-revision";
import { reviseArticleText } from "@/lib/server/article/revise-article-text";

type Context = { params: Promise<{ slug: string; articleId: string }> };

// A full article text as JSON: at most 4 UTF-8 bytes per code point (escaped
// quotes and backslashes take 2), plus the note and the envelope.
const MAX_BODY_BYTES = ARTICLE_TEXT_MAX * 4 + REVISION_NOTE_MAX * 4 + 1_000;

// GET → { revisions: ArticleRevisionListItem[] } (newest first)
export const GET = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  return NextResponse.json({ revisions: await listArticleRevisions(access, articleId) });
});

// POST { baseRevision, text, note } → 201 { result: RevisionResult } (owners only)
// POST ?dryRun=1 with the same body → 200 { preview: RevisionPreview }, nothing written
// Stale baseRevision → 409; unchanged text → 400 (a dry run answers unchanged: true).
export const POST = routeHandler(async (request, context: Context) => {
  const { slug, articleId } = await context.params;
  const { access } = await authenticateProjectRequest(request, slug);
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  const dryRun = ["1", "true"].includes(new URL(request.url).searchParams.get("dryRun") ?? "");
  if (dryRun) {
    return NextResponse.json({ preview: await previewRevision(access, articleId, body) });
  }
  const result = await reviseArticleText(access, articleId, body);
  return NextResponse.json({ result }, { status: 201 });
});
