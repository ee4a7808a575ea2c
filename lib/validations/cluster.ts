import { z } from "zod";
import { evidenceListSchema } from "@/lib/validations/annotation";

// Shapes of cluster writes and list filters (lib/clusters/cluster-dto.ts is
// the wire contract). Checks what can be checked without the database; the
// claims, articles and labels named are checked by lib/server/cluster/*.
// Messages name the API field: clients show them as-is.

export const CLUSTER_TITLE_MAX = 300;
export const CLUSTER_TEXT_MAX = 10_000;
export const CLUSTER_MEMBERS_MAX = 200;
const OFFSET_MAX = 10_000_000;

const strict = (shape: string) => ({
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ")}.` : `Send ${shape}.`,
});

const idSchema = (field: string) =>
  z.string({ error: `${field} must be an id.` }).min(1, `${field} must be an id.`).max(64, `${field} is not a known id.`);

const textSchema = (field: string, max = CLUSTER_TEXT_MAX) =>
  z.string({ error: `${field} must be text.` }).max(max, `${field} must be at most ${max.toLocaleString("en")} characters.`);

const titleSchema = z
  .string({ error: "title must be text." })
  .trim()
  .min(1, "title cannot be empty: name the fact the cluster is about.")
  .max(CLUSTER_TITLE_MAX, `title must be at most ${CLUSTER_TITLE_MAX} characters.`);

export const clusterStanceSchema = z.enum(["SAME", "CORROBORATES", "ATTRIBUTES", "CONTRADICTS"], {
  error: "stance must be SAME, CORROBORATES, ATTRIBUTES or CONTRADICTS.",
});

const versionSchema = (what: string) =>
  z
    .number({ error: `version is required: send the version of the ${what} you edited.` })
    .int("version must be a whole number.")
    .min(1, "version must be 1 or more.");

const offsetSchema = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of code points.` })
    .int(`${field} must be a whole number of code points.`)
    .min(0, `${field} cannot be negative.`)
    .max(OFFSET_MAX, `${field} is past the end of any article.`);

const memberRefSchema = z.strictObject(
  { annotationId: idSchema("members annotationId"), stance: clusterStanceSchema.default("SAME") },
  strict("each member as { annotationId, stance }"),
);

export const createClusterSchema = z
  .strictObject(
    {
      title: titleSchema,
      statement: textSchema("statement").default(""),
      members: z
        .array(memberRefSchema, { error: "members must be a list." })
        .max(CLUSTER_MEMBERS_MAX, `A new cluster can have at most ${CLUSTER_MEMBERS_MAX} members.`)
        .default([]),
    },
    strict("{ title, statement?, members? }"),
  )
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    for (const member of value.members) {
      if (seen.has(member.annotationId)) ctx.addIssue({ code: "custom", message: `members lists claim ${member.annotationId} twice.` });
      seen.add(member.annotationId);
    }
  });

export type CreateClusterValues = z.output<typeof createClusterSchema>;

export const updateClusterSchema = z.strictObject(
  {
    version: versionSchema("cluster"),
    title: titleSchema.optional(),
    statement: textSchema("statement").optional(),
    statusId: idSchema("statusId").nullable().optional(),
    verdictExplanation: textSchema("verdictExplanation").optional(),
    note: textSchema("note").optional(),
    evidence: evidenceListSchema.optional(),
  },
  strict("{ version, title?, statement?, statusId?, verdictExplanation?, note?, evidence? }"),
);

export type UpdateClusterValues = z.output<typeof updateClusterSchema>;

// DELETE ?version= and POST …/restore / …/apply-verdict { version }.
export const clusterVersionSchema = z.strictObject(
  {
    version: z.coerce
      .number({ error: "version is required: send the version of the cluster you saw." })
      .int("version must be a whole number.")
      .min(1, "version is required: send the version of the cluster you saw."),
  },
  strict("{ version }"),
);

const passageSchema = z
  .strictObject(
    {
      articleId: idSchema("passage articleId"),
      start: offsetSchema("passage start"),
      end: offsetSchema("passage end"),
      // Optional guard: the revision the offsets were read from.
      revision: z.number({ error: "passage revision must be a whole number." }).int().min(1).optional(),
    },
    strict("passage as { articleId, start, end, revision? }"),
  )
  .refine((p) => p.end > p.start, "passage end must be greater than start: empty spans cannot be marked.");

const noteSchema = textSchema("note");

// An existing claim joins the cluster.
export const addClaimMemberSchema = z.strictObject(
  { annotationId: idSchema("annotationId"), stance: clusterStanceSchema, note: noteSchema.optional(), move: z.boolean({ error: "move must be true or false." }).optional() },
  strict("{ annotationId, stance, note?, move? }"),
);

// An unmarked passage becomes a claim and joins the cluster.
export const addPassageMemberSchema = z.strictObject(
  { passage: passageSchema, stance: clusterStanceSchema, note: noteSchema.optional() },
  strict("{ passage: { articleId, start, end }, stance, note? }"),
);

// The schema for a member body: a passage when it names one, otherwise a
// claim (so each answers with its own precise message, not a union's).
export function addClusterMemberSchemaFor(input: unknown) {
  return typeof input === "object" && input !== null && "passage" in input ? addPassageMemberSchema : addClaimMemberSchema;
}

export type AddClusterMemberValues = z.output<typeof addClaimMemberSchema> | z.output<typeof addPassageMemberSchema>;

export const updateClusterMemberSchema = z.strictObject(
  {
    version: versionSchema("membership"),
    stance: clusterStanceSchema.optional(),
    note: noteSchema.optional(),
    clusterId: idSchema("clusterId").optional(),
  },
  strict("{ version, stance?, note?, clusterId? }"),
);

export type UpdateClusterMemberValues = z.output<typeof updateClusterMemberSchema>;

export const decideClusterMemberSchema = z.strictObject(
  {
    decision: z.enum(["ACCEPT", "REJECT"], { error: "decision must be ACCEPT or REJECT." }),
    comment: z.string({ error: "comment must be text." }).trim().max(5_000, "comment must be at most 5,000 characters.").default(""),
    version: versionSchema("membership").optional(),
  },
  strict("{ decision, comment?, version? }"),
);

// Query-string filters of the cluster list; every value arrives as text.
export const listClustersQuerySchema = z.object({
  articleId: idSchema("articleId").optional(),
  annotationId: idSchema("annotationId").optional(),
  q: z.string().trim().max(200, "q must be at most 200 characters.").optional(),
  deleted: z.enum(["true", "false"], { error: "deleted must be true or false." }).optional(),
});

export type ListClustersQuery = z.output<typeof listClustersQuerySchema>;

