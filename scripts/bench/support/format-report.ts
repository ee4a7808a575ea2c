import type { LoadPaint } from "../browser/bench-results";
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
const ratio = (ours: number, theirs: number) => (Number.isFinite(ours / theirs) ? (ours / theirs).toFixed(2) : "—");
const medP95 = (values: number[]) => (values.length ? `${ms(median(values))} / ${ms(percentile(values, 95))}` : "—");

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function frames(intervals: number[] | undefined): string {
  if (!intervals?.length) return "—";
  const f = summarizeFrames(intervals);
  return `${f.dropped}/${f.frames} dropped, p95 ${f.p95.toFixed(1)} ms, max ${Math.round(f.max)} ms`;
}

// The figures as Markdown tables, ready to paste into docs/benchmarks.md.
// Medians unless marked. Ratios put ours against text-annotator's
// setAnnotations → painted twice: from the annotations being in the page's
// hands (data; for us that includes booting the page around them) and from
// the first highlight write (paint; the renderer's work plus the first layout
// of the freshly mounted text), and a repaint of all on the settled page
// (repaint; the renderer alone, as text-annotator is measured).
export function formatReport(report: BenchReport): string {
  const { machine, article } = report;
  const paint = table(
    ["annotations", "overlapping / nested", "ours: load → painted", "ours: data → painted", "ours: paint → painted", "ours: repaint all → painted", "text-annotator: set → painted", "ratio ours / text-annotator (data, paint, repaint)", "bare CSS highlights"],
    report.sizes.map(({ size, spans, editor, reference }) => {
      const oursLoad = editor ? median(editor.loads.map((l) => l.paintedAt)) : Number.NaN;
      const oursData = editor ? median(editor.loads.map((l) => l.paintedAt - l.dataAt)) : Number.NaN;
      const oursPaint = editor ? median(editor.loads.map((l) => l.paintedAt - l.writesFrom)) : Number.NaN;
      const oursRepaint = editor ? median(editor.repaints.map((r) => r.paintMs)) : Number.NaN;
      const theirs = median(reference.set.map((r) => r.paintMs));
      const ratios = [oursData, oursPaint, oursRepaint].map((ours) => ratio(ours, theirs)).join(", ");
      const css = ms(median(reference.css.map((r) => r.paintMs)));
      return [size.toLocaleString("en"), `${spans.overlapping} / ${spans.nested}`, ...[oursLoad, oursData, oursPaint, oursRepaint, theirs].map(ms), ratios, css];
    }),
  );
  const milestones = table(
    ["annotations", "page size", "first byte", "page received (data)", "DOMContentLoaded", "first highlight", "all highlights in registry", "all painted"],
    report.sizes.map(({ size, editor }) => {
      const at = (pick: (l: LoadPaint) => number) => (editor ? ms(median(editor.loads.map(pick))) : "—");
      const bytes = editor ? `${(median(editor.loads.map((l) => l.documentBytes)) / 2 ** 20).toFixed(1)} MiB` : "—";
      return [size.toLocaleString("en"), bytes, at((l) => l.responseStart), at((l) => l.responseEnd), at((l) => l.domContentLoaded), at((l) => l.firstRangeAt), at((l) => l.detectedAt), at((l) => l.paintedAt)];
    }),
  );
  const sources = new Set(report.sizes.flatMap(({ editor }) => editor?.loads.map((l) => l.dataSource) ?? []));
  const interaction = table(
    ["annotations", "ours: key C → new highlight painted (median / p95)", "ours: key C → in registry", "text-annotator: addAnnotation → painted (median / p95)", "ours: first (cold) load → painted"],
    report.sizes.map(({ size, editor, reference }) => [
      size.toLocaleString("en"),
      editor ? medP95(editor.keystrokes.map((k) => k.paintedAt - k.keyAt)) : "—",
      editor ? ms(median(editor.keystrokes.map((k) => k.detectedAt - k.keyAt))) : "—",
      medP95(reference.add.map((r) => r.paintMs)),
      editor ? ms(editor.firstLoad.paintedAt) : "—",
    ]),
  );
  const scrolling = table(
    ["annotations", "ours: scrolling the article", "text-annotator: scrolling the article", "bare CSS highlights: scrolling"],
    report.sizes.map(({ size, editor, reference }) => [
      size.toLocaleString("en"),
      frames(editor?.scroll.intervals),
      frames(reference.scroll?.intervals),
      frames(reference.cssScroll?.intervals),
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
    `Where our load time goes (median ms since navigation start; the annotations arrive with: ${[...sources].join(", ") || "—"}):`,
    "",
    milestones,
    "",
    interaction,
    "",
    scrolling,
  ].join("\n");
}
