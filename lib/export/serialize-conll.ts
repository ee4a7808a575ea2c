import { createCodePointIndex } from "@/lib/anchoring/create-code-point-index";
import { findSentenceStarts } from "@/lib/nlp/find-sentence-starts";
import { createExportLookup } from "./create-export-lookup";
import { exportableAnnotations } from "./exportable-annotations";
import { outermostSpans } from "./outermost-spans";
import { spanLabel } from "./span-label";
import { tokenizeForConll } from "./tokenize-for-conll";
import type { ExportDataset, ExportOptions } from "./types";

// The document line of CoNLL-2003, which spaCy's `convert` splits documents
// on verbatim and CoNLL-2003 readers skip (a line starting "-DOCSTART-").
const DOC_START = "-DOCSTART- -X- O O";

/**
 * CoNLL-style BIO tags for entity mentions: one "token\tTAG" line per token,
 * TAG "O" or "B-<type>"/"I-<type>" with the entity-type key ("B-person").
 * Claims are not tagged. Each article opens with the CoNLL-2003 document line
 * "-DOCSTART- -X- O O" and a blank line, exactly the delimiter spaCy's
 * `convert` splits documents on; a blank line ends every sentence.
 *
 * Tokens: see `tokenizeForConll` (Unicode word runs, single punctuation or
 * symbol code points, emoji sequences kept whole; also cut at mention edges).
 * Sentences are wink-nlp's (`findSentenceStarts`: abbreviations such as
 * "Dr." do not end one; a line break always does), but never end inside a
 * mention. Overlapping or nested mentions
 * (several annotators, or a name inside a longer name): the outermost wins
 * (`outermostSpans`); filter to one annotator or the gold layer for clean
 * training data. A mention covering only whitespace has no token and vanishes.
 */
export async function* serializeConll(dataset: ExportDataset, _options: ExportOptions): AsyncGenerator<string, void, undefined> {
  const lookup = createExportLookup(dataset);
  for await (const article of dataset.articles) {
    const index = createCodePointIndex(article.text);
    const mentions = outermostSpans(exportableAnnotations(article).filter((a) => a.kind === "ENTITY_MENTION")).map((m) => ({
      start: index.toUtf16(m.start),
      end: index.toUtf16(m.end),
      type: spanLabel(m, lookup),
    }));
    const tokens = tokenizeForConll(article.text, mentions.flatMap((m) => [m.start, m.end]));
    const starts = findSentenceStarts(article.text);
    let s = 0;
    const lines = [DOC_START, ""];
    let m = 0;
    let begun = -1; // index of the last mention that already has its B- token
    let previous: { text: string; end: number } | null = null;
    for (const token of tokens) {
      while (m < mentions.length && (mentions[m] as { end: number }).end <= token.start) m++;
      const mention = mentions[m];
      const inside = mention !== undefined && mention.start <= token.start && token.end <= mention.end;
      const continues = inside && begun === m;
      // A sentence starts between the previous token and this one (or at it).
      let startsSentence = false;
      while (s < starts.length && (starts[s] as number) <= token.start) {
        if (previous && (starts[s] as number) >= previous.end) startsSentence = true;
        s++;
      }
      if (previous && !continues && (startsSentence || article.text.slice(previous.end, token.start).includes("\n"))) lines.push("");
      lines.push(`${token.text}\t${inside ? `${continues ? "I" : "B"}-${mention.type}` : "O"}`);
      if (inside) begun = m;
      previous = token;
    }
    if (lines[lines.length - 1] !== "") lines.push("");
    yield `${lines.join("\n")}\n`;
  }
}
