import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma/create-prisma-client";
import { createProject } from "@/lib/server/project/create-project";
import { contentHash } from "@/lib/import/content-hash";
import { seededRandom } from "@/scripts/bench/support/seeded-random";

const WORDS = "the minister said that police officers met leaders in the city on monday and reported 40% more cases than 😀 last year while experts doubted official figures from Ünïcode agencies".split(" ");
const id = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(8, "0")}`;

/**
 * Fills `url` with one project of `articles` articles (~2,000 characters each,
 * astral characters included) and `perArticle` annotations on each (2 in 5
 * claims with type and status, the rest entity mentions) by 5 annotators.
 * Rows go in with multi-row INSERT … SELECT unnest($1::text[], …), thousands
 * per statement, so seeding 100,000 annotations takes seconds. Claims get
 * what real ones have (seedRelations): entity links, evidence, reviews, clusters.
 */
export async function seedExportBench(url: string, articles: number, perArticle: number): Promise<{ projectId: string; slug: string }> {
  const prisma = createPrismaClient(url, 2);
  const owner = await prisma.user.create({ data: { email: `bench-${randomBytes(4).toString("hex")}@bench.example`, name: "Bench Owner" } });
  const slug = `bench-${randomBytes(3).toString("hex")}`;
  const project = await prisma.$transaction((tx) => createProject(tx, owner.id, { name: "Export bench", slug }));
  const labels = await prisma.label.findMany({ where: { projectId: project.id }, select: { id: true, kind: true } });
  const of = (kind: string) => labels.filter((l) => l.kind === kind).map((l) => l.id);
  const [claimTypes, statuses, entityTypes] = [of("CLAIM_TYPE"), of("VERIFICATION_STATUS"), of("ENTITY_TYPE")];
  const users = await Promise.all(
    [1, 2, 3, 4, 5].map((n) => prisma.user.create({ data: { email: `bench-${n}-${randomBytes(4).toString("hex")}@bench.example`, name: `Annotator ${n}` } })),
  );
  await prisma.$disconnect();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const random = seededRandom(articles * 7919 + perArticle);
  const pick = <T>(list: readonly T[]) => random.pick(list);
  try {
    for (let from = 0; from < articles; from += 200) {
      const a = { id: [] as string[], text: [] as string[], hash: [] as string[], title: [] as string[] };
      const n = { id: [] as string[], article: [] as string[], kind: [] as string[], start: [] as number[], end: [] as number[], exact: [] as string[],
        author: [] as string[], claimType: [] as (string | null)[], status: [] as (string | null)[], entityType: [] as (string | null)[], note: [] as string[] };
      for (let i = from; i < Math.min(articles, from + 200); i++) {
        const words: string[] = [];
        while (words.join(" ").length < 2000) words.push(pick(WORDS));
        const text = words.join(" ");
        const articleId = id("ba", i);
        a.id.push(articleId); a.text.push(text); a.hash.push(contentHash(text)); a.title.push(`Bench article ${i}`);
        const cps = [...text];
        for (let k = 0; k < perArticle; k++) {
          const start = Math.floor(random.next() * (cps.length - 60));
          const end = start + 1 + Math.floor(random.next() * 50);
          const claim = k % 5 < 2;
          n.id.push(id("bn", i * perArticle + k)); n.article.push(articleId); n.kind.push(claim ? "CLAIM" : "ENTITY_MENTION");
          n.start.push(start); n.end.push(end); n.exact.push(cps.slice(start, end).join("")); n.author.push(pick(users).id);
          n.claimType.push(claim ? pick(claimTypes) : null); n.status.push(claim ? pick(statuses) : null);
          n.entityType.push(claim ? null : pick(entityTypes)); n.note.push(k % 10 === 0 ? "checked against the ministry's release" : "");
        }
      }
      await client.query(
        `INSERT INTO "Article" (id, "projectId", title, text, content, "contentHash", "updatedAt")
         SELECT id, $1, title, text, '{"type":"doc","content":[]}'::jsonb, hash, now() FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, title, text, hash)`,
        [project.id, a.id, a.title, a.text, a.hash],
      );
      await client.query(
        `INSERT INTO "Annotation" (id, "projectId", "articleId", revision, kind, start, "end", exact, "authorId", "claimTypeId", "statusId", "entityTypeId", note, "updatedAt")
         SELECT id, $1, article, 1, kind::"AnnotationKind", s, e, exact, author, ct, st, et, note, now()
         FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
           AS t(id, article, kind, s, e, exact, author, ct, st, et, note)`,
        [project.id, n.id, n.article, n.kind, n.start, n.end, n.exact, n.author, n.claimType, n.status, n.entityType, n.note],
      );
    }
    await seedRelations(client, project.id, entityTypes[0]!, users[0]!.id);
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  return { projectId: project.id, slug };
}

/**
 * What an export joins to annotations, in proportions like the demo's, chosen
 * by a hash of the annotation id (so every run seeds the same rows): two
 * entity links (claimant, subject) per claim among 40 entities; evidence on
 * one claim in four; a review on one annotation in three, a second, earlier
 * one on one in nine; one claim in ten in one of 100 clusters.
 */
async function seedRelations(client: pg.Client, projectId: string, entityTypeId: string, reviewerId: string): Promise<void> {
  const picked = (salt: string, every: number) => `abs(hashtext(a.id || '${salt}')) % ${every} = 0`;
  const claims = `FROM "Annotation" a WHERE a."projectId" = $1 AND a.kind = 'CLAIM'`;
  await client.query(
    `INSERT INTO "Entity" (id, "projectId", "typeId", name, "updatedAt")
     SELECT 'be' || lpad(g::text, 6, '0'), $1, $2, 'Entity ' || g, now() FROM generate_series(1, 40) g`,
    [projectId, entityTypeId],
  );
  await client.query(
    `INSERT INTO "ClaimEntity" (id, "claimId", "entityId", role)
     SELECT 'bl' || a.id || r.role, a.id, 'be' || lpad((abs(hashtext(a.id || r.role)) % 40 + 1)::text, 6, '0'), r.role::"EntityRole"
     FROM "Annotation" a CROSS JOIN (VALUES ('CLAIMANT'), ('SUBJECT')) AS r(role) WHERE a."projectId" = $1 AND a.kind = 'CLAIM'`,
    [projectId],
  );
  await client.query(
    `INSERT INTO "Evidence" (id, "claimId", url, title, stance, note, "createdById", "updatedAt")
     SELECT 'bv' || a.id, a.id, 'https://evidence.example/' || a.id, 'Ministry release', 'SUPPORTS', 'page 4', a."authorId", now() ${claims} AND ${picked("e", 4)}`,
    [projectId],
  );
  await client.query(
    `INSERT INTO "Review" (id, "annotationId", "reviewerId", decision, "annotationVersion", "createdAt")
     SELECT 'br' || a.id, a.id, $2, 'ACCEPT'::"ReviewDecision", 1, now() FROM "Annotation" a WHERE a."projectId" = $1 AND ${picked("r", 3)}
     UNION ALL
     SELECT 'bq' || a.id, a.id, $2, 'REQUEST_CHANGES'::"ReviewDecision", 1, now() - interval '1 day' FROM "Annotation" a WHERE a."projectId" = $1 AND ${picked("r", 9)}`,
    [projectId, reviewerId],
  );
  await client.query(
    `INSERT INTO "ClaimCluster" (id, "projectId", title, "updatedAt") SELECT 'bc' || g, $1, 'Cluster ' || g, now() FROM generate_series(1, 100) g`,
    [projectId],
  );
  await client.query(
    `INSERT INTO "ClaimClusterMember" (id, "clusterId", "annotationId")
     SELECT 'bm' || a.id, 'bc' || (abs(hashtext(a.id || 'k')) % 100 + 1), a.id ${claims} AND ${picked("c", 10)}`,
    [projectId],
  );
}
