import type { LabelKind } from "@/lib/generated/prisma/enums";

type LabelRow = { id: string; kind: LabelKind; key: string; name: string; color: string; description: string; rating: number | null; hotkey: string | null };

const kindTitles: Record<LabelKind, string> = {
  CLAIM_TYPE: "Claim types",
  ENTITY_TYPE: "Entity types",
  VERIFICATION_STATUS: "Verification statuses",
};

export function LabelSchema({ labels }: { labels: LabelRow[] }) {
  const kinds: LabelKind[] = ["CLAIM_TYPE", "ENTITY_TYPE", "VERIFICATION_STATUS"];
  return (
    <div className="grid gap-6 sm:grid-cols-3">
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`labels-${kind}`}>
          <h3 id={`labels-${kind}`} className="mb-2 text-sm font-semibold">{kindTitles[kind]}</h3>
          <ul className="space-y-1.5 text-sm">
            {labels.filter((l) => l.kind === kind).map((label) => (
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
