import type { EditorResult } from "./measure-editor";
import type { MachineInfo } from "./machine-info";
import type { ReferenceResult } from "./measure-reference";
import type { SpanStats } from "./span-stats";
import { median, percentile, summarizeFrames } from "./statistics";

export type SizeResult = { size: number; spans: SpanStats; editor: EditorResult | null; reference: ReferenceResult };

export type BenchReport = {
  date: string;
  command: string;
  machine: MachineInfo;
  article: { words: number; codePoints: number; paragraphs: number; astral: number };
  database: string | null;
  sizes: SizeResult[];
};

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : "—");
const medP95 = (values: number[]) => (values.length ? `${ms(median(values))} / ${ms(percentile(values, 95))}` : "—");

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function frames(intervals: number[] | undefined, distance = 0): string {
  if (!intervals?.length) return "—";
  const f = summarizeFrames(intervals, distance);
  return `${f.dropped}/${f.frames} dropped, p95 ${f.p95.toFixed(1)} ms, max ${Math.round(f.max)} ms`;
}

// The figures as Markdown tables, ready to paste into docs/benchmarks.md.
// Medians unless marked; "ratio" compares like with like: the time from the
// annotations being in the page's hands to all of them painted, ours against
// text-annotator's setAnnotations → painted.
export function formatReport(report: BenchReport): string {
  const { machine, article } = report;
  const paint = table(
    ["annotations", "overlapping / nested", "ours: load → painted", "ours: data → painted", "text-annotator: set → painted", "ratio ours / text-annotator", "bare CSS highlights"],
    report.sizes.map(({ size, spans, editor, reference }) => {
      const oursLoad = editor ? median(editor.loads.map((l) => l.paintedAt)) : Number.NaN;
      const oursData = editor ? median(editor.loads.filter((l) => l.annotationsResponseEnd !== null).map((l) => l.paintedAt - l.annotationsResponseEnd!)) : Number.NaN;
      const theirs = median(reference.set.map((r) => r.paintMs));
      const ratio = oursData / theirs;
      return [size.toLocaleString("en"), `${spans.overlapping} / ${spans.nested}`, ms(oursLoad), ms(oursData), ms(theirs), Number.isFinite(ratio) ? ratio.toFixed(2) : "—", ms(median(reference.css.map((r) => r.paintMs)))];
    }),
  );
  const interaction = table(
    ["annotations", "ours: key C → new highlight painted (median / p95)", "text-annotator: addAnnotation → painted (median / p95)", "ours: first (cold) load → painted"],
    report.sizes.map(({ size, editor, reference }) => [
      size.toLocaleString("en"),
      editor ? medP95(editor.keystrokes.map((k) => k.paintedAt - k.keyAt)) : "—",
      medP95(reference.add.map((r) => r.paintMs)),
      editor ? ms(editor.firstLoad.paintedAt) : "—",
    ]),
  );
  const scrolling = table(
    ["annotations", "ours: scrolling the article", "text-annotator: scrolling the article"],
    report.sizes.map(({ size, editor, reference }) => [
      size.toLocaleString("en"),
      frames(editor?.scroll.intervals, editor?.scroll.distance),
      frames(reference.scroll?.intervals, reference.scroll?.distance),
    ]),
  );
  return [
    `Editor highlights — ${report.date}`,
    `Command: ${report.command}`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless, --disable-gpu); load average ${machine.loadAverage.toFixed(1)} at start`,
    `Article: ${article.words.toLocaleString("en")} words, ${article.codePoints.toLocaleString("en")} code points, ${article.paragraphs} paragraphs, ${article.astral} astral characters`,
    `Database: ${report.database ?? "not used (--reference-only)"}`,
    "",
    paint,
    "",
    interaction,
    "",
    scrolling,
  ].join("\n");
}
