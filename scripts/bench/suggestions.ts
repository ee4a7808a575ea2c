// npm run bench:suggest [-- --words 20000 --runs 5]
// Not a test: how long the built-in suggesters take on one long article —
// registry matching, the two taggers, claim scoring and merging, i.e. what
// GET …/suggestions computes (without its three database reads and without
// a prediction service). The article is demo-corpus sentences in random
// order (seeded), the registry the demo's eight entities plus 500 made-up
// names, so the registry matcher has realistic work. Figures go to
// docs/benchmarks.md ("Suggestions").
import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { findRegistryMentions } from "@/lib/suggestions/find-registry-mentions";
import { findNamedEntities } from "@/lib/suggestions/find-named-entities";
import { scoreClaimSentences } from "@/lib/suggestions/score-claim-sentences";
import { suggestForText } from "@/lib/suggestions/suggest-for-text";
import { demoEntities } from "@/lib/seed/demo-annotations";
import { loadCorpusSentences } from "./support/load-corpus-sentences";
import { generateArticle } from "./support/generate-article";
import { seededRandom } from "./support/seeded-random";
import { countWords } from "./support/count-words";
import { median, percentile } from "./support/statistics";
import { currentLoadAverage, machineInfo } from "./support/machine-info";
import { readBenchOptions } from "./support/read-bench-options";

const { words, runs } = readBenchOptions({ words: 20_000, runs: 5 }, { min: 1 });
const load = currentLoadAverage();
const random = seededRandom(12);
const text = generateArticle(loadCorpusSentences(), words, random);
const registry = [
  ...demoEntities.map((e) => ({ entityId: e.key, entityType: e.type, names: [e.name, ...e.aliases] })),
  ...Array.from({ length: 500 }, (_, i) => ({ entityId: `made-up-${i}`, entityType: "person", names: [`Person Number${i} Example`, `Number${i}`] })),
];

const time = (f: () => unknown) => {
  const start = performance.now();
  f();
  return performance.now() - start;
};

// The first call loads wink-nlp's model and compromise's lexicon (once per process).
const firstCall = time(() => suggestForText({ text: "Naji Zaheer met Rashid Ali Sandhu in Gujranwala, police said.", registry }));
const totals: number[] = [];
const stages: Record<string, number[]> = { registry: [], taggers: [], claims: [] };
let count = { mentions: 0, claims: 0 };
for (let i = 0; i < runs; i++) {
  totals.push(
    time(() => {
      const out = suggestForText({ text, registry });
      count = { mentions: out.filter((s) => s.kind === "ENTITY_MENTION").length, claims: out.filter((s) => s.kind === "CLAIM").length };
    }),
  );
  stages.registry!.push(time(() => findRegistryMentions(text, registry)));
  stages.taggers!.push(time(() => findNamedEntities(text)));
  const index = createCodePointIndex(text);
  stages.claims!.push(time(() => scoreClaimSentences(text, [{ start: 0, end: Math.min(11, index.length), exact: "x" }])));
}
const ms = (v: number) => `${Math.round(v)} ms`;
console.log(JSON.stringify({ machine: machineInfo("n/a", load), article: { words: countWords(text), characters: text.length }, registryEntities: registry.length, runs }, null, 2));
console.log(`model load (first call, once per process): ${ms(firstCall)}`);
console.log(`suggestions for the whole article: median ${ms(median(totals))}, p95 ${ms(percentile(totals, 95))}, max ${ms(Math.max(...totals))}`);
for (const [name, values] of Object.entries(stages)) console.log(`  ${name}: median ${ms(median(values))}`);
console.log(`found: ${count.mentions} mention suggestions, ${count.claims} claim suggestions`);
