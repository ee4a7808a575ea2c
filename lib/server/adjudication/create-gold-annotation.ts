import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { DbClient } from "@/lib/server/db-client";
import { annotationDtoSelect } from "@/lib/server/annotation/annotation-dto-select";
import { toAnnotationDTO } from "@/lib/server/annotation/to-annotation-dto";
import { recordAnnotationChange } from "@/lib/server/annotation/record-annotation-change";
import { remapMentionLinks } from "@/lib/server/adjudication/remap-mention-links";
import type { GoldValues } from "@/lib/server/adjudication/gold-types";

type Target = { projectId: string; articleId: string; revision: number; actorId: string };

// Writes one gold annotation: authored by the adjudicator, marked gold,
// pointing at the annotation it was adjudicated from, and accepted (it is the
// reviewed answer, so the review queue need not show it again). A claim copies
// the entity links and evidence of the annotation its fields came from;
// links to annotators' mentions move to their gold copies (`goldOfMention`).
export async function createGoldAnnotation(
  tx: DbClient,
  target: Target,
  values: GoldValues,
  provenance: { adjudicatedFromId: string; fieldsFromId: string | null; goldOfMention: ReadonlyMap<string, string> },
): Promise<AnnotationDTO> {
  const copyFrom = values.kind === "CLAIM" ? provenance.fieldsFromId : null;
  const [links, evidence] = copyFrom
    ? await Promise.all([
        tx.claimEntity.findMany({ where: { claimId: copyFrom }, select: { entityId: true, role: true, mentionId: true }, orderBy: [{ role: "asc" }, { createdAt: "asc" }] }),
        tx.evidence.findMany({ where: { claimId: copyFrom, deletedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
      ])
    : [[], []];
  const row = await tx.annotation.create({
    data: {
      projectId: target.projectId,
      articleId: target.articleId,
      revision: target.revision,
      ...values,
      authorId: target.actorId,
      isGold: true,
      adjudicatedFromId: provenance.adjudicatedFromId,
      reviewState: "ACCEPTED",
      claimEntities: { create: remapMentionLinks(links, provenance.goldOfMention) },
      evidence: {
        create: evidence.map((item, position) => ({ url: item.url, title: item.title, stance: item.stance, note: item.note, position, createdById: item.createdById })),
      },
    },
    select: annotationDtoSelect,
  });
  const created = toAnnotationDTO(row);
  await recordAnnotationChange(tx, { projectId: target.projectId, actorId: target.actorId, action: "annotation.create", before: null, after: created });
  return created;
}
