import type { LabelKind } from "@/lib/generated/prisma/enums";
import type { LabelSchemaRow } from "@/lib/server/label/list-label-schema";
import { labelKindNames } from "@/lib/validations/label";
import { LabelKindEditor } from "./label-kind-editor";

type Props = { slug: string; labels: LabelSchemaRow[]; canManage: boolean };

const kinds: readonly LabelKind[] = ["CLAIM_TYPE", "ENTITY_TYPE", "VERIFICATION_STATUS"];

// Owners get the editor; everyone else sees the active schema read-only (the
// server refuses their edits anyway, so offering controls would only mislead).
export function LabelSchema({ slug, labels, canManage }: Props) {
  if (canManage) {
    return (
      <div className="space-y-6">
        <p className="text-sm text-muted-foreground">
          Archiving hides a label from new tags but keeps it on existing annotations and in exports. Keys never change.
        </p>
        {kinds.map((kind) => (
          <LabelKindEditor key={kind} slug={slug} kind={kind} labels={labels.filter((l) => l.kind === kind)} />
        ))}
      </div>
    );
  }

  return (
    <div className="grid gap-6 sm:grid-cols-3">
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`labels-${kind}`}>
          <h3 id={`labels-${kind}`} className="mb-2 text-sm font-semibold">{labelKindNames[kind].many}</h3>
          <ul className="space-y-1.5 text-sm">
            {labels.filter((l) => l.kind === kind && !l.archivedAt).map((label) => (
              <li key={label.id} className="flex items-center gap-2" title={label.description || undefined}>
                <span className="size-3 shrink-0 rounded-full" style={{ backgroundColor: label.color }} aria-hidden="true" />
                <span>{label.name}</span>
                {label.hotkey ? <kbd className="ml-auto rounded border px-1.5 text-xs text-muted-foreground">{label.hotkey}</kbd> : null}
                {label.rating ? <span className="ml-auto text-xs text-muted-foreground">{label.rating}/5</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
