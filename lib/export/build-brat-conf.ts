import { entityRoleSchema } from "@/lib/validations/annotation";
import { compareCodeUnits } from "./compare-code-units";
import type { ExportLabel, ExportOptions, ExportProject } from "./types";
import { projectIri } from "./project-iri";

export type BratConf = { annotation: string; visual: string; tools: string };

// The span labels `spanLabel` can write, from the project's label schema:
// "claim-<claim type>" and the untyped "claim"; entity types and "entity".
function spanTypes(labels: readonly ExportLabel[]): { claims: ExportLabel[]; entities: ExportLabel[] } {
  const sorted = [...labels].sort((a, b) => compareCodeUnits(a.key, b.key));
  return { claims: sorted.filter((l) => l.kind === "CLAIM_TYPE"), entities: sorted.filter((l) => l.kind === "ENTITY_TYPE") };
}

const roleName = (role: string) => role.charAt(0) + role.slice(1).toLowerCase();
// brat splits visual.conf label lines on " | ": keep names to one line, without a bar.
const display = (name: string) => name.replace(/[\t\r\n|]+/g, " ").trim();

/**
 * brat's configuration for the files `buildBratAnn` writes, generated from
 * the project's label schema so the folder opens in brat as it is
 * (https://brat.nlplab.org/configuration.html):
 * - annotation.conf: every span type; overlaps of any kind allowed (claims
 *   contain mentions, annotators' spans cross); the relations (a claim's link
 *   to a mention, named after the role); the Status attribute on claims, its
 *   values the verification-status keys;
 * - visual.conf: display names, claims drawn apart from mentions;
 * - tools.conf: the normalisation databases the N lines cite (Wikidata, and
 *   Claimdesk for entities without a QID), which brat reads from tools.conf.
 */
export function buildBratConf(labels: readonly ExportLabel[], project: ExportProject, options: Pick<ExportOptions, "baseUrl">): BratConf {
  const { claims, entities } = spanTypes(labels);
  const claimTypes = [...claims.map((l) => `claim-${l.key}`), "claim"];
  const entityTypes = [...entities.map((l) => l.key), "entity"];
  const statuses = [...labels].filter((l) => l.kind === "VERIFICATION_STATUS").sort((a, b) => compareCodeUnits(a.key, b.key));
  const annotation = [
    `# brat annotation configuration of the Claimdesk project "${display(project.name)}", generated from its label schema.`,
    "[entities]",
    ...claimTypes,
    ...entityTypes,
    "",
    "[relations]",
    "# A claim's link to an entity mention inside it, named after the entity's role in the claim.",
    ...entityRoleSchema.options.map((role) => `${roleName(role)}\tArg1:${claimTypes.join("|")}, Arg2:${entityTypes.join("|")}`),
    "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
    "",
    "[events]",
    "",
    "[attributes]",
    ...(statuses.length > 0 ? [`Status\tArg:${claimTypes.join("|")}, Value:${statuses.map((s) => s.key).join("|")}`] : []),
    "",
  ].join("\n");
  const visual = [
    "[labels]",
    ...claims.map((l) => `claim-${l.key} | Claim: ${display(l.name)} | ${display(l.name)}`),
    "claim | Claim",
    ...entities.map((l) => `${l.key} | ${display(l.name)}`),
    "entity | Entity",
    "Status | Status",
    ...statuses.map((s) => `${s.key} | ${display(s.name)}`),
    ...entityRoleSchema.options.map((role) => `${roleName(role)} | ${roleName(role)}`),
    "",
    "[drawing]",
    "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
    "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5",
    "ATTRIBUTE_DEFAULT\tglyph:*",
    ...claimTypes.map((t) => `${t}\tbgColor:#ffd27f`),
    "",
  ].join("\n");
  const tools = [
    "[normalization]",
    "Wikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s",
    `Claimdesk\t<URL>:${projectIri(options, project)}, <URLBASE>:${projectIri(options, project, "entities")}/%s`,
    "",
  ].join("\n");
  return { annotation, visual, tools };
}
