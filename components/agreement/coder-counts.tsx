import type { AgreementScores } from "@/lib/metrics/score-agreement";
import type { Coder } from "@/lib/server/agreement/load-coder-names";

// How much each annotator marked: F1 and kappa read differently when one
// annotator marked twice as much as the other.
export function CoderCounts({ scores, coders }: { scores: AgreementScores; coders: Coder[] }) {
  const count = (coder: string, kind: string, noun: string) => {
    const n = scores.spanCounts.find((c) => c.coder === coder && c.kind === kind)?.count ?? 0;
    return `${n} ${noun}${n === 1 ? "" : "s"}`;
  };
  const compared = coders.filter((c) => scores.coders.includes(c.id));
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted-foreground" aria-label="Annotations compared per annotator" data-testid="coder-counts">
      {compared.map((coder) => (
        <li key={coder.id}>
          <span className="font-medium text-foreground">{coder.name}</span>: {count(coder.id, "CLAIM", "claim")}, {count(coder.id, "ENTITY_MENTION", "mention")}
        </li>
      ))}
    </ul>
  );
}
