// A CoNLL reader that behaves as spaCy's `spacy convert -c ner` does
// (spacy/training/converters/conll_ner_to_docs.py, read to learn, not copied):
// the input is split on the exact line "-DOCSTART- -X- O O" into documents,
// each document on blank lines into sentences, each line on whitespace into
// columns: the first is the token, the last the IOB tag. A file without that
// delimiter is one document. Entities are read back from the IOB tags.

export type ConllDocument = {
  sentences: string[][];
  entities: Array<{ label: string; tokens: string[] }>;
};

const DOC_DELIMITER = "-DOCSTART- -X- O O";

export function readConllLikeSpacy(input: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  for (const raw of input.trim().split(DOC_DELIMITER)) {
    const doc = raw.trim();
    if (doc === "") continue;
    const sentences: string[][] = [];
    const tags: Array<[string, string]> = [];
    for (const rawSentence of doc.split("\n\n")) {
      const lines = rawSentence.trim().split("\n").map((l) => l.trim()).filter((l) => l !== "");
      if (lines.length === 0) continue;
      const rows = lines.map((l) => l.split(/\s+/));
      if (rows.some((r) => r.length < 2)) throw new Error(`A line with fewer than two columns: ${JSON.stringify(lines)}`);
      sentences.push(rows.map((r) => r[0] as string));
      for (const r of rows) tags.push([r[0] as string, r[r.length - 1] as string]);
    }
    const entities: ConllDocument["entities"] = [];
    let open: { label: string; tokens: string[] } | null = null;
    for (const [token, tag] of tags) {
      if (tag.startsWith("I-") && open?.label === tag.slice(2)) open.tokens.push(token);
      else if (tag.startsWith("B-") || tag.startsWith("I-")) entities.push((open = { label: tag.slice(2), tokens: [token] }));
      else open = null;
    }
    documents.push({ sentences, entities: entities.map(({ label, tokens }) => ({ label, tokens })) });
  }
  return documents;
}
