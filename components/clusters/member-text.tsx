export type TextRange = { start: number; end: number };

type MemberTextProps = {
  text: string;
  // Code-point ranges: words that differ from the other outlets' wording, and
  // words that take part in a flagged contradiction.
  differing: readonly TextRange[];
  conflicting: readonly (TextRange & { description: string })[];
};

type Run = { text: string; diff: boolean; conflict: string | null };

// A member's words with the differing ones tinted and the contradicting ones
// marked (<mark>, red, with what the difference is as its title).
export function MemberText({ text, differing, conflicting }: MemberTextProps) {
  const points = Array.from(text);
  const diff = new Array<boolean>(points.length).fill(false);
  const conflict = new Array<string | null>(points.length).fill(null);
  for (const r of differing) for (let i = Math.max(0, r.start); i < Math.min(points.length, r.end); i++) diff[i] = true;
  for (const r of conflicting) for (let i = Math.max(0, r.start); i < Math.min(points.length, r.end); i++) conflict[i] = r.description;
  const runs: Run[] = [];
  points.forEach((ch, i) => {
    const last = runs[runs.length - 1];
    const c = conflict[i] ?? null;
    // A contradicting stretch is one mark, even where only part of it is new wording.
    const d = c === null && (diff[i] ?? false);
    if (last && last.diff === d && last.conflict === c) last.text += ch;
    else runs.push({ text: ch, diff: d, conflict: c });
  });
  return (
    <p className="text-sm leading-relaxed">
      {runs.map((run, i) =>
        run.conflict !== null ? (
          <mark key={i} data-conflict="" title={run.conflict} className="rounded-sm bg-rose-200 px-0.5 font-medium text-rose-950 underline decoration-rose-600 decoration-wavy dark:bg-rose-900 dark:text-rose-50">
            {run.text}
          </mark>
        ) : run.diff ? (
          <span key={i} data-differs="" className="rounded-sm bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50">
            {run.text}
          </span>
        ) : (
          <span key={i}>{run.text}</span>
        ),
      )}
    </p>
  );
}
