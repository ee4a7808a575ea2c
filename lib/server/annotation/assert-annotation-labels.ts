import { AppError } from "@/lib/errors/app-error";
import type { LabelKind } from "@/lib/generated/prisma/enums";
import type { DbClient } from "@/lib/server/db-client";

type LabelField = "claimTypeId" | "statusId" | "entityTypeId";

const expectedKind: Record<LabelField, LabelKind> = {
  claimTypeId: "CLAIM_TYPE",
  statusId: "VERIFICATION_STATUS",
  entityTypeId: "ENTITY_TYPE",
};

const kindName: Record<LabelKind, string> = {
  CLAIM_TYPE: "claim type",
  VERIFICATION_STATUS: "verification status",
  ENTITY_TYPE: "entity type",
};

const aOrAn = (name: string) => `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}`;

// Label ids an annotation is about to point at must be this project's, of the
// kind the field holds, and not archived. Pass only ids being newly set: an
// annotation keeps a label that was archived after it was chosen.
export async function assertAnnotationLabels(
  tx: DbClient,
  projectId: string,
  fields: Partial<Record<LabelField, string | null | undefined>>,
): Promise<void> {
  const wanted = (Object.keys(expectedKind) as LabelField[]).flatMap((field) => {
    const id = fields[field];
    return id ? [{ field, id }] : [];
  });
  if (wanted.length === 0) return;
  const labels = await tx.label.findMany({
    where: { projectId, id: { in: wanted.map((w) => w.id) } },
    select: { id: true, kind: true, name: true, archivedAt: true },
  });
  for (const { field, id } of wanted) {
    const label = labels.find((l) => l.id === id);
    const kind = expectedKind[field];
    if (!label) throw new AppError("BAD_REQUEST", `${field} "${id}" is not ${aOrAn(kindName[kind])} of this project.`);
    if (label.kind !== kind) {
      throw new AppError("BAD_REQUEST", `${field} must be ${aOrAn(kindName[kind])}, but "${label.name}" is ${aOrAn(kindName[label.kind])}.`);
    }
    if (label.archivedAt) {
      throw new AppError("BAD_REQUEST", `${field}: the ${kindName[kind]} "${label.name}" is archived; choose another.`);
    }
  }
}
