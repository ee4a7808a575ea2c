import type { CodePointIndex } from "@/lib/anchoring/types";
import { bratFragments } from "./brat-fragments";
import type { ExportLookup } from "./create-export-lookup";
import { spanLabel } from "./span-label";
import type { ExportAnnotation, ExportOptions } from "./types";
import { wikidataQid } from "./wikidata-qid";

/**
 * The brat standoff .ann file of one article
 * (https://brat.nlplab.org/standoff.html). Offsets count Unicode code points
 * of the .txt: brat is written in Python and indexes the file's decoded str,
 * which is the code-point count (so "😀" is one character, not two).
 *
 * - T: every claim and mention, typed by `spanLabel` ("person",
 *   "claim-statistical"); a span across line breaks becomes fragments joined
 *   by ";", its text the fragments' texts joined by a space, as brat writes;
 * - A: a claim's status, `A1\tStatus T1 false`;
 * - R: a claim's link to an entity mention inside it, named after the role,
 *   `R1\tClaimant Arg1:T1 Arg2:T2`;
 * - N: a mention's entity, `N1\tReference T2 Wikidata:Q42\tDouglas Adams`
 *   (`Claimdesk:<entity id>` for entities without a QID);
 * - #: a note, `#1\tAnnotatorNotes T1\t…`, when notes are exported.
 * Tabs and line breaks inside names and notes become spaces: every
 * annotation is one line.
 */
export function buildBratAnn(annotations: ExportAnnotation[], index: CodePointIndex, lookup: ExportLookup, options: ExportOptions): string {
  const tIds = new Map<string, string>();
  const lines = { T: [] as string[], A: [] as string[], R: [] as string[], N: [] as string[], notes: [] as string[] };
  for (const a of annotations) {
    const fragments = bratFragments(index, a.start, a.end);
    if (fragments.length === 0) continue;
    const t = `T${tIds.size + 1}`;
    tIds.set(a.id, t);
    const ranges = fragments.map((f) => `${f.start} ${f.end}`).join(";");
    lines.T.push(`${t}\t${spanLabel(a, lookup)} ${ranges}\t${fragments.map((f) => f.text).join(" ")}`);
  }
  for (const a of annotations) {
    const t = tIds.get(a.id);
    if (t === undefined) continue;
    const status = a.kind === "CLAIM" ? lookup.label(a.statusId) : null;
    if (status) lines.A.push(`A${lines.A.length + 1}\tStatus ${t} ${status.key}`);
    for (const link of a.kind === "CLAIM" ? a.entities : []) {
      const target = link.mentionId ? tIds.get(link.mentionId) : undefined;
      if (target) lines.R.push(`R${lines.R.length + 1}\t${roleName(link.role)} Arg1:${t} Arg2:${target}`);
    }
    const entity = a.kind === "ENTITY_MENTION" ? lookup.entity(a.entityId) : null;
    if (entity) {
      const qid = wikidataQid(entity.externalId);
      const ref = qid ? `Wikidata:${qid}` : `Claimdesk:${entity.id}`;
      lines.N.push(`N${lines.N.length + 1}\tReference ${t} ${ref}\t${oneLine(entity.name)}`);
    }
    if (options.includeNotes && a.note !== "") lines.notes.push(`#${lines.notes.length + 1}\tAnnotatorNotes ${t}\t${oneLine(a.note)}`);
  }
  const all = [...lines.T, ...lines.A, ...lines.R, ...lines.N, ...lines.notes];
  return all.length > 0 ? `${all.join("\n")}\n` : "";
}

function roleName(role: string): string {
  return role.charAt(0) + role.slice(1).toLowerCase();
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n\u0085\u2028\u2029]+/g, " ");
}
