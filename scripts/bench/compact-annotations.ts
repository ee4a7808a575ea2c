// The article page's annotation payload, as a full list (JSON of every
// AnnotationDTO) and as the compact columns it sends (issue 15): bytes, and
// the time to compact (server, every page load) and expand (browser) it, on
// the editor benchmark's article and spans.
//
//   npm run bench:payload [-- 500,2000,5000]
import { performance } from "node:perf_hooks";
import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { describeQuote } from "@/lib/anchoring/describe-quote";
import { compactAnnotations } from "@/lib/annotations/compact/compact-annotations";
import { expandAnnotations } from "@/lib/annotations/compact/expand-annotations";
import { generateArticle } from "./support/generate-article";
import { generateSpans } from "./support/generate-spans";
import { indexWords } from "./support/index-words";
import { loadCorpusSentences } from "./support/load-corpus-sentences";
import { seededRandom } from "./support/seeded-random";

const SEED = 20_260_301; // the editor benchmark's
const sizes = (process.argv[2] ?? "500,2000,5000").split(",").map(Number);
const text = generateArticle(loadCorpusSentences(), 20_000, seededRandom(SEED));
const index = createCodePointIndex(text);
const article = { id: "cbencharticle0000000000000", revision: 1 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const timed = (run: () => void, times = 7) =>
  median(
    Array.from({ length: times }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }),
  );

console.log("| annotations | full list (JSON) | compact (JSON) | compact (server) | expand (client) |");
console.log("| --- | --- | --- | --- | --- |");
for (const size of sizes) {
  const created = Date.UTC(2026, 11, 7, 12);
  const list: AnnotationDTO[] = generateSpans(indexWords(text), size, seededRandom(SEED + size))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((span, i) => {
      const quote = describeQuote(text, span.start, span.end);
      const at = new Date(created + i * 37).toISOString();
      return {
        id: `cbench${String(i).padStart(19, "0")}`,
        articleId: article.id,
        revision: 1,
        kind: span.kind,
        start: span.start,
        end: span.end,
        exact: quote.exact,
        prefix: quote.prefix ?? "",
        suffix: quote.suffix ?? "",
        anchorState: "ANCHORED",
        author: { id: "cbenchannotator00000000000", name: "Ana Annotator" },
        claimTypeId: null,
        statusId: span.kind === "CLAIM" ? "cbenchstatusunverified0000" : null,
        checkWorthiness: null,
        confidence: null,
        textChangedAfterVerdict: false,
        summary: "",
        verdictExplanation: "",
        entities: [],
        evidence: [],
        entityId: null,
        entityTypeId: span.kind === "ENTITY_MENTION" ? "cbenchentitytypeperson0000" : null,
        note: "",
        reviewState: "PENDING",
        isGold: false,
        version: 1,
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      };
    });
  const compact = compactAnnotations(list, index, article);
  const kib = (value: unknown) => `${(Buffer.byteLength(JSON.stringify(value)) / 1024).toFixed(0)} KiB`;
  const compactMs = timed(() => compactAnnotations(list, createCodePointIndex(text), article));
  const expandMs = timed(() => expandAnnotations(compact, createCodePointIndex(text)));
  console.log(`| ${size.toLocaleString("en")} | ${kib(list)} | ${kib(compact)} | ${compactMs.toFixed(1)} ms | ${expandMs.toFixed(1)} ms |`);
}
