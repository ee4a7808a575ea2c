// Re-anchoring's text diff (lib/anchoring/diff-texts.ts) on a 20,000-word
// article: a light edit (200 words changed), a heavy one (1,400) and a full
// rewrite (where the diff gives up at its comparison budget). Prints the
// median of 7 runs per case, in CPU time of this process (steadier than wall
// time on a busy machine).  npm run bench:diff
import { diffTexts } from "@/lib/anchoring/diff-texts";

const WORDS = 20_000;
const RUNS = 7;

// Deterministic pseudo-random words (no Math.random: runs are comparable).
function* lcg(seed: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    yield s;
  }
}

function article(seed: number): string[] {
  const random = lcg(seed);
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
  return Array.from({ length: WORDS }, () => vocabulary[(random.next().value as number) % vocabulary.length] as string);
}

function edited(words: string[], changes: number, seed: number): string[] {
  const random = lcg(seed);
  const copy = [...words];
  for (let i = 0; i < changes; i++) copy[(random.next().value as number) % copy.length] = `edit${i}`;
  return copy;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const original = article(1);
const cases: Array<[string, string[]]> = [
  ["200 words changed", edited(original, 200, 2)],
  ["1,400 words changed", edited(original, 1400, 3)],
  ["full rewrite", article(4)],
];
const oldText = original.join(" ");
console.log(`diffTexts on a ${WORDS.toLocaleString("en")}-word article, median of ${RUNS} runs`);
for (const [name, words] of cases) {
  const newText = words.join(" ");
  const times: number[] = [];
  let hunks = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = process.cpuUsage();
    hunks = diffTexts(oldText, newText).length;
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  console.log(`${name.padEnd(22)} ${median(times).toFixed(1).padStart(8)} ms CPU  (${hunks} hunks)`);
}
