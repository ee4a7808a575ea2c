import type { AgreementScores } from "@/lib/metrics/score-agreement";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { describeCoefficient, formatScore } from "./format-score";

type Props = { scores: AgreementScores; nameOf: (id: string) => string; caption: string };

// One row per annotator pair: span F1 (exact and overlap match) for claims and
// mentions, with the counts behind the overlap figure, then Cohen's kappa on
// the overlap-matched claims' status and type.
export function PairScoresTable({ scores, nameOf, caption }: Props) {
  const pairs = scores.spans.filter((s) => s.kind === "CLAIM" && s.mode === "exact").map(({ a, b }) => ({ a, b }));
  const span = (a: string, b: string, kind: string, mode: string) => scores.spans.find((s) => s.a === a && s.b === b && s.kind === kind && s.mode === mode);
  const kappa = (a: string, b: string, field: string) => {
    const found = scores.kappa.find((k) => k.a === a && k.b === b && k.field === field);
    return found ? describeCoefficient(found.result) : { text: "—", why: null, n: 0 };
  };
  return (
    <Table aria-label={caption} data-testid="pair-scores">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">Annotators</TableHead>
          <TableHead scope="col" className="text-right">Claim F1 exact</TableHead>
          <TableHead scope="col" className="text-right">Claim F1 overlap</TableHead>
          <TableHead scope="col" className="text-right">Mention F1 exact</TableHead>
          <TableHead scope="col" className="text-right">Mention F1 overlap</TableHead>
          <TableHead scope="col" className="text-right">Kappa status</TableHead>
          <TableHead scope="col" className="text-right">Kappa claim type</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {pairs.map(({ a, b }) => {
          const claimOverlap = span(a, b, "CLAIM", "overlap");
          const mentionOverlap = span(a, b, "ENTITY_MENTION", "overlap");
          const counts = (s: typeof claimOverlap) => (s ? `${s.tp} matched, ${s.fn} only ${nameOf(a)}, ${s.fp} only ${nameOf(b)}` : "");
          const status = kappa(a, b, "statusId");
          const type = kappa(a, b, "claimTypeId");
          return (
            <TableRow key={`${a}/${b}`} data-testid="pair-row">
              <TableCell className="font-medium">{nameOf(a)} · {nameOf(b)}</TableCell>
              <TableCell className="text-right tabular-nums">{formatScore(span(a, b, "CLAIM", "exact")?.f1)}</TableCell>
              <TableCell className="text-right tabular-nums" title={counts(claimOverlap)}>{formatScore(claimOverlap?.f1)}</TableCell>
              <TableCell className="text-right tabular-nums">{formatScore(span(a, b, "ENTITY_MENTION", "exact")?.f1)}</TableCell>
              <TableCell className="text-right tabular-nums" title={counts(mentionOverlap)}>{formatScore(mentionOverlap?.f1)}</TableCell>
              <TableCell className="text-right tabular-nums" title={status.why ?? `${status.n} matched claims`}>{status.text}</TableCell>
              <TableCell className="text-right tabular-nums" title={type.why ?? `${type.n} matched claims`}>{type.text}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
