import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { textToDoc } from "@/lib/article-content/text-to-doc";
import { contentHash } from "@/lib/import/content-hash";
import { extractArticle } from "@/lib/import/extract-article";
import { loadDemoCorpus } from "@/scripts/launch/seed-if-empty";
import { createAnnotation } from "@/lib/server/annotation/create-annotation";
import { createTestProject } from "@/tests/support/create-test-project";
import { labelId } from "@/tests/integration/annotations/support/label-id";
import { rangeOf } from "./text-provenance";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";
import { withProjectAccess } from "@/tests/support/with-project-access";

export type AnnotationSpec = {
  kind: AnnotationKind;
  quote: string;
  // A unique passage containing the quote, when the quote alone is not unique.
  within?: string;
  // Verification status key (claims): "true", "false"... are verdicts; "unverified" is not.
  status?: string;
};

// The code-point span of `quote`, found inside the unique passage `within`.
export function locateQuote(text: string, quote: string, within = quote) {
  const inner = within.indexOf(quote);
  if (inner < 0) throw new Error(`fixture: "${quote}" is not inside "${within}"`);
  const { start: passageStart } = rangeOf(text, within);
  const start = passageStart + Array.from(within.slice(0, inner)).length;
  return { start, end: start + Array.from(quote).length, exact: quote };
}

// A project with one member per role, one demo article exactly as the
// importer cleans it (headings included), and annotations placed through the
// real API function by the annotator, keyed by the spec's names.
export async function createRevisionFixture<K extends string>(fileName: string, specs: Record<K, AnnotationSpec>, options: { revisionRow?: boolean } = {}) {
  const people = await createTestProject();
  const { project, owner, annotator } = people;
  const file = loadDemoCorpus().find((c) => c.fileName === fileName);
  if (!file) throw new Error(`fixture: no demo file ${fileName}`);
  const extracted = extractArticle({ kind: "text", content: file.content, fileName });
  const content = textToDoc(extracted.text, extracted.blocks) as unknown as Prisma.InputJsonValue;
  const hash = contentHash(extracted.text);
  const article = await db.article.create({
    data: {
      projectId: project.id,
      title: extracted.title,
      text: extracted.text,
      content,
      contentHash: hash,
      createdById: owner.id,
      ...(options.revisionRow === false
        ? {}
        : { revisions: { create: { revision: 1, title: extracted.title, text: extracted.text, content, contentHash: hash, createdById: owner.id } } }),
    },
  });
  const ids = {} as Record<K, string>;
  for (const [key, spec] of Object.entries(specs) as Array<[K, AnnotationSpec]>) {
    const span = locateQuote(article.text, spec.quote, spec.within);
    const statusId = spec.status ? await labelId(project.id, "VERIFICATION_STATUS", spec.status) : undefined;
    const entityTypeId = spec.kind === "ENTITY_MENTION" ? await labelId(project.id, "ENTITY_TYPE", "other") : undefined;
    const created = await withProjectAccess(annotator.id, project.slug, (access) => createAnnotation(access, article.id, {
      kind: spec.kind,
      revision: 1,
      ...span,
      ...(statusId ? { statusId } : {}),
      ...(entityTypeId ? { entityTypeId } : {}),
    }));
    ids[key] = created.id;
  }
  return { ...people, slug: project.slug, article, ids };
}
