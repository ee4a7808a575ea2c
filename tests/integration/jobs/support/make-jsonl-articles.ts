// A JSONL import file of `count` distinct articles (distinct texts, so
// distinct content hashes), tagged so a test can find them.
export function makeJsonlArticles(count: number, tag: string): { name: string; content: string } {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const text =
      `Officials in district ${tag}-${i} confirmed on Monday that the river had risen by ${i % 7} metres overnight. ` +
      `Rescue teams moved ${i} families to higher ground, according to the administration.`;
    lines.push(JSON.stringify({ title: `Report ${tag} ${i}`, text, outlet: "Test Ledger", language: "en" }));
  }
  return { name: `${tag}.jsonl`, content: lines.join("\n") };
}
