import type { DbClient } from "@/lib/server/db-client";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { utf16ToCodePointOffset } from "@/lib/article-content/utf16-to-code-point-offset";
import { demoAnnotations, demoClusters, demoEntities } from "@/lib/seed/demo-annotations";

// UTF-16 index of the wanted occurrence; -1 when missing, or when no
// occurrence was named and the quote is not unique.
function findOccurrence(text: string, quote: string, occurrence: number | undefined): number {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  if (occurrence === undefined) return found.length === 1 ? found[0]! : -1;
  return found[occurrence] ?? -1;
}

type Context = {
  projectId: string;
  // Article id and canonical text per corpus file name.
  articles: ReadonlyMap<string, { id: string; text: string }>;
  authors: Record<"annotator" | "annotator2", string>;
  ownerId: string;
};

// Adds the demo annotations, entities and cross-article clusters inside the
// seed's transaction. A quote that is not found exactly once is an error, so
// a tag can never land on other words than intended.
export async function seedDemoAnnotations(tx: DbClient, ctx: Context): Promise<number> {
  const labels = await tx.label.findMany({ where: { projectId: ctx.projectId } });
  const label = (kind: string, key: string) => {
    const found = labels.find((l) => l.kind === kind && l.key === key);
    if (!found) throw new Error(`demo seed: no ${kind} label "${key}"`);
    return found.id;
  };

  const entityIds = new Map<string, string>();
  for (const e of demoEntities) {
    const created = await tx.entity.create({
      data: {
        projectId: ctx.projectId,
        typeId: label("ENTITY_TYPE", e.type),
        name: e.name,
        aliases: e.aliases,
        externalId: e.externalId ?? null,
        createdById: ctx.ownerId,
      },
    });
    entityIds.set(e.key, created.id);
  }
  const entity = (key: string) => {
    const id = entityIds.get(key);
    if (!id) throw new Error(`demo seed: unknown entity "${key}"`);
    return id;
  };

  const clusterIds = new Map<string, string>();
  for (const [key, cluster] of Object.entries(demoClusters)) {
    const created = await tx.claimCluster.create({
      data: {
        projectId: ctx.projectId,
        title: cluster.title,
        statement: cluster.statement,
        statusId: cluster.verdict ? label("VERIFICATION_STATUS", cluster.verdict.status) : null,
        verdictExplanation: cluster.verdict?.explanation ?? "",
        note: cluster.note ?? "",
        createdById: ctx.ownerId,
      },
    });
    clusterIds.set(key, created.id);
  }

  for (const a of demoAnnotations) {
    const article = ctx.articles.get(a.file);
    if (!article) throw new Error(`demo seed: no article for ${a.file}`);
    const at = findOccurrence(article.text, a.quote, a.occurrence);
    if (at < 0) {
      throw new Error(`demo seed: "${a.quote}" is not in ${a.file} ${a.occurrence === undefined ? "exactly once" : `${a.occurrence + 1} times`}`);
    }
    const start = utf16ToCodePointOffset(article.text, at);
    const end = utf16ToCodePointOffset(article.text, at + a.quote.length);
    const quote = describeQuote(article.text, start, end);
    const isClaim = a.kind === "CLAIM";
    const created = await tx.annotation.create({
      data: {
        projectId: ctx.projectId,
        articleId: article.id,
        revision: 1,
        kind: a.kind,
        start,
        end,
        exact: quote.exact,
        prefix: quote.prefix ?? "",
        suffix: quote.suffix ?? "",
        authorId: ctx.authors[a.author],
        claimTypeId: isClaim && a.claimType ? label("CLAIM_TYPE", a.claimType) : null,
        statusId: isClaim ? label("VERIFICATION_STATUS", a.status ?? "unverified") : null,
        checkWorthiness: isClaim ? (a.checkWorthiness ?? null) : null,
        entityId: a.entity ? entity(a.entity) : null,
        entityTypeId: a.entity ? (await tx.entity.findUniqueOrThrow({ where: { id: entity(a.entity) } })).typeId : null,
        note: a.note ?? "",
        claimEntities: a.entities
          ? { create: a.entities.map((link) => ({ entityId: entity(link.entity), role: link.role })) }
          : undefined,
      },
    });
    if (a.cluster) {
      const clusterId = clusterIds.get(a.cluster.key);
      if (!clusterId) throw new Error(`demo seed: unknown cluster "${a.cluster.key}"`);
      await tx.claimClusterMember.create({
        data: { clusterId, annotationId: created.id, relation: a.cluster.relation, addedById: ctx.ownerId },
      });
    }
  }
  return demoAnnotations.length;
}
