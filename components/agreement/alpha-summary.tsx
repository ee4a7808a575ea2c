import type { AgreementScores } from "@/lib/metrics/score-agreement";
import { describeCoefficient } from "./format-score";

const fieldNames: Record<string, string> = { statusId: "Verification status", claimTypeId: "Claim type" };

// Krippendorff's alpha per field, over every annotator at once: the figure
// that stays meaningful with three or more annotators and missing values.
export function AlphaSummary({ scores }: { scores: AgreementScores }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2" data-testid="alpha-summary">
      {scores.alpha.map(({ field, result }) => {
        const { text, why, n } = describeCoefficient(result);
        return (
          <div key={field} className="rounded-lg border p-4">
            <dt className="text-sm text-muted-foreground">Krippendorff&rsquo;s α · {fieldNames[field] ?? field}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{text}</dd>
            <dd className="mt-1 text-xs text-muted-foreground">{why ?? `${n} values from claims marked by two or more annotators`}</dd>
          </div>
        );
      })}
    </dl>
  );
}
