import type { AgreementSpan } from "@/lib/metrics/agreement-measures";
import type { ComparedAnnotation } from "@/lib/server/agreement/compared-annotation-select";

export function toAgreementSpans(annotations: readonly ComparedAnnotation[]): AgreementSpan[] {
  return annotations.map((a) => ({ id: a.id, authorId: a.authorId, kind: a.kind, start: a.start, end: a.end, statusId: a.statusId, claimTypeId: a.claimTypeId }));
}
