import { datasetLicenseOf } from "@/lib/validations/dataset-license";
import { jsonlFeatures } from "./dataset-card-features";
import type { DatasetCardTally } from "./dataset-card-tally";
import { exportFormats, type ExportFormat } from "./export-formats";
import { toYaml } from "./to-yaml";
import type { ExportCounts, ExportFilters, ExportLabel, ExportOptions } from "./types";

// Agreement as the Agreement page computes it (lib/metrics), over the whole
// project's annotators' work, summed over annotator pairs.
export type DatasetCardAgreement = {
  comparedArticles: number;
  coders: number;
  f1: Array<{ kind: "CLAIM" | "ENTITY_MENTION"; mode: "exact" | "overlap"; f1: number | null }>;
  alpha: Array<{ field: "statusId" | "claimTypeId"; alpha: number | null; n: number }>;
};

export type DatasetCardInput = {
  project: { name: string; slug: string; description: string; license: string | null };
  format: ExportFormat;
  fileName: string;
  options: Pick<ExportOptions, "includeNotes" | "pseudonymise" | "generatedAt">;
  filters: ExportFilters;
  counts: ExportCounts;
  tally: DatasetCardTally;
  labels: Array<ExportLabel & { description: string }>;
  agreement: DatasetCardAgreement | null;
};

const kindTitles = { CLAIM_TYPE: "Claim types", ENTITY_TYPE: "Entity types", VERIFICATION_STATUS: "Verification statuses" } as const;

/**
 * README.md in the Hugging Face dataset card format: YAML front matter
 * (license, language, task categories, pretty name, size category, the
 * features and split of the Claimdesk JSONL form, configs), then what a
 * dataset user reads first: what the data is, the label schema with its
 * definitions, counts, annotators, review and gold status, agreement, the
 * offset convention, pseudonymisation and the license. Pure: the same input
 * gives the same bytes.
 */
export function buildDatasetCard(input: DatasetCardInput): string {
  return `---\n${toYaml(frontMatter(input))}---\n\n${prose(input)}`;
}

function sizeCategory(n: number): string {
  const buckets: Array<[number, string]> = [[1e3, "n<1K"], [1e4, "1K<n<10K"], [1e5, "10K<n<100K"], [1e6, "100K<n<1M"], [1e7, "1M<n<10M"]];
  return buckets.find(([limit]) => n < limit)?.[1] ?? "10M<n<100M";
}

function jsonlFileName(input: DatasetCardInput): string {
  return `claimdesk-${input.project.slug}-jsonl.jsonl`;
}

function frontMatter(input: DatasetCardInput) {
  const license = datasetLicenseOf(input.project.license);
  return {
    license: license?.hub ?? "unknown",
    language: input.tally.languages.length > 0 ? input.tally.languages : ["en"],
    task_categories: ["token-classification", "text-classification"],
    task_ids: ["named-entity-recognition", "fact-checking"],
    pretty_name: oneLine(input.project.name),
    size_categories: [sizeCategory(input.counts.articles)],
    tags: ["claims", "fact-checking", "claimdesk"],
    dataset_info: {
      features: jsonlFeatures(input.options.includeNotes),
      splits: [{ name: "train", num_examples: input.counts.articles }],
    },
    configs: [{ config_name: "default", data_files: [{ split: "train", path: jsonlFileName(input) }] }],
  };
}

function prose(input: DatasetCardInput): string {
  const { project, counts, tally, options } = input;
  const license = datasetLicenseOf(project.license);
  const sections = [
    `# ${oneLine(project.name)}`,
    [
      `News articles annotated in Claimdesk by the project “${oneLine(project.name)}”: spans marked as **claims**`,
      "(with a claim type, a verification status, check-worthiness, linked entities, evidence and, across articles, clusters of",
      "the same fact) and as **entity mentions** (with an entity type and, where resolved, an entity).",
      ...(project.description.trim() !== "" ? ["", project.description.trim()] : []),
    ].join("\n"),
    [
      "## Files",
      "",
      `This card accompanies the \`${input.format}\` export (${fileList(input)}), made from the data as of ${options.generatedAt}.`,
      `The features above describe the Claimdesk JSONL form (\`${jsonlFileName(input)}\`, one article per line), which`,
      "`datasets` loads as it is:",
      "",
      "```python",
      "from datasets import load_dataset",
      `ds = load_dataset("json", data_files="${jsonlFileName(input)}", split="train")`,
      "```",
      "",
      `Get it with \`npm run export -- --format jsonl --project ${project.slug}\` or the project's Export page.`,
      ...(filtered(input.filters) ? ["", "This export was **filtered** (see the manifest's `filters`): the counts below are of what it holds."] : []),
    ].join("\n"),
    ["## Label schema", "", ...labelSchema(input)].join("\n"),
    [
      "## Counts",
      "",
      "| | count |",
      "| --- | ---: |",
      `| articles | ${counts.articles} |`,
      `| annotations | ${counts.annotations} |`,
      `| claims | ${counts.claims} |`,
      `| claims with a verdict (a rated status) | ${counts.verdicts} |`,
      `| entity mentions | ${counts.mentions} |`,
      `| annotations left out (not anchored in the exported text) | ${counts.skipped} |`,
    ].join("\n"),
    [
      "## Annotators, review and gold",
      "",
      `${plural(tally.annotators.length, "annotator")} made the non-gold annotations.`,
      `Review state of the exported annotations: ${tally.reviewStates.ACCEPTED} accepted, ${tally.reviewStates.REJECTED} rejected,`,
      `${tally.reviewStates.CHANGES_REQUESTED} with changes requested, ${tally.reviewStates.PENDING} not yet reviewed.`,
      tally.gold > 0
        ? `${plural(tally.gold, "annotation")} in ${plural(tally.goldArticles, "article")} ${tally.gold === 1 ? "is" : "are"} **gold** (adjudicated by a reviewer from the annotators' versions; \`review.gold\` is true).`
        : "No annotation is gold (adjudicated) yet.",
    ].join("\n"),
    ["## Agreement", "", ...agreement(input.agreement)].join("\n"),
    [
      "## Offsets",
      "",
      "Offsets are half-open `[start, end)` in **Unicode code points** of the article's `text` (Python's `text[start:end]` is the span),",
      "except where a format's manifest says otherwise (Label Studio counts UTF-16 code units, as its editor does).",
      "Every span's `text` equals the text it covers.",
    ].join("\n"),
    [
      "## Personal data",
      "",
      options.pseudonymise
        ? "Annotator names and ids are **pseudonymised** (`annotator-1`, …, numbered by first annotation, stable across exports of the same project)."
        : "Annotator names and ids are **not** pseudonymised: this export names the people who annotated. Export with pseudonymisation before sharing it outside the team.",
      options.includeNotes
        ? "Internal notes are included (`note` fields); they are working notes, not findings."
        : "Internal notes are left out.",
      "Article texts are the outlets' own and may name people; entity links point to public knowledge bases (e.g. Wikidata).",
    ].join("\n"),
    [
      "## License",
      "",
      license
        ? `The annotations are released under **${license.name}** (SPDX \`${license.spdx}\`), chosen by the project's owner. The article texts remain their publishers' and may need their own permission.`
        : "The project's owner has not chosen a license (Project → Settings → Dataset license), so no rights are granted: ask the owner before reuse.",
    ].join("\n"),
  ];
  return `${sections.join("\n\n")}\n`;
}

function fileList(input: DatasetCardInput): string {
  const format = exportFormats[input.format];
  return format.output === "files" ? `\`${input.fileName}\`, this README.md inside it` : `\`${input.fileName}\``;
}

function filtered(filters: ExportFilters): boolean {
  return Object.entries(filters).some(([key, value]) => (key === "reviewState" ? value !== "all" : value !== null));
}

function labelSchema(input: DatasetCardInput): string[] {
  const lines: string[] = [];
  for (const kind of ["CLAIM_TYPE", "VERIFICATION_STATUS", "ENTITY_TYPE"] as const) {
    const labels = input.labels.filter((l) => l.kind === kind);
    if (labels.length === 0) continue;
    const rating = kind === "VERIFICATION_STATUS";
    lines.push(`### ${kindTitles[kind]}`, "");
    lines.push(rating ? "| key | name | rating (1 false … 5 true) | definition | uses |" : "| key | name | definition | uses |");
    lines.push(rating ? "| --- | --- | ---: | --- | ---: |" : "| --- | --- | --- | ---: |");
    for (const label of labels) {
      const uses = input.tally.labelUses[label.id] ?? 0;
      const cells = [`\`${label.key}\``, cell(label.name), ...(rating ? [label.rating === null ? "not a verdict" : String(label.rating)] : []), cell(label.description), String(uses)];
      lines.push(`| ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
  lines.push(
    "Claims in a cluster carry its `relation`: `SAME` (states the cluster's claim), `CORROBORATES` (agrees, in other words or with",
    "more detail), `ATTRIBUTES` (reports it as someone's assertion) or `CONTRADICTS` (conflicts with it).",
  );
  return lines;
}

function agreement(figures: DatasetCardAgreement | null): string[] {
  if (figures === null || figures.comparedArticles === 0) {
    return ["No article has been annotated by two or more annotators yet, so agreement cannot be measured."];
  }
  const pct = (value: number | null) => (value === null ? "n/a" : value.toFixed(3));
  const f1 = (kind: "CLAIM" | "ENTITY_MENTION", mode: "exact" | "overlap") => pct(figures.f1.find((r) => r.kind === kind && r.mode === mode)?.f1 ?? null);
  const alpha = (field: "statusId" | "claimTypeId") => {
    const row = figures.alpha.find((r) => r.field === field);
    return row ? `${pct(row.alpha)} (${row.n} values)` : "n/a";
  };
  return [
    `Measured as on the project's Agreement page, over the ${plural(figures.comparedArticles, "article")}`,
    `that ${figures.coders} annotators annotated in common (the whole project, not only this export; gold annotations excluded).`,
    "Span F1 sums matches over every pair of annotators; Krippendorff's α (nominal) is over the claims annotators matched.",
    "",
    "| measure | claims | entity mentions |",
    "| --- | ---: | ---: |",
    `| span F1, exact boundaries | ${f1("CLAIM", "exact")} | ${f1("ENTITY_MENTION", "exact")} |`,
    `| span F1, overlapping boundaries | ${f1("CLAIM", "overlap")} | ${f1("ENTITY_MENTION", "overlap")} |`,
    "",
    `Krippendorff's α on verification status: ${alpha("statusId")}; on claim type: ${alpha("claimTypeId")}.`,
  ];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// User text in one Markdown line or table cell: no breaks, no cell separators.
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function cell(text: string): string {
  const line = oneLine(text).replaceAll("|", "\\|");
  return line === "" ? "—" : line;
}
