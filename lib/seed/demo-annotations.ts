import type { ClusterRelation, EntityRole } from "@/lib/generated/prisma/enums";

// Demo annotations on the five corpus articles: claims and entity mentions by
// two annotators, linked into cross-article clusters where outlets report the
// same fact — and where one contradicts the others ("days" vs "weeks"). Each
// span is found by its quote, so a change to the corpus cleaning that moves
// text cannot silently put a tag on other words (the seed fails instead).
// Statuses stay neutral: this is sample work in progress, not a verdict on
// real events.

export type DemoEntity = { key: string; type: string; name: string; aliases: string[]; externalId?: string };

export const demoEntities: readonly DemoEntity[] = [
  { key: "zaheer", type: "person", name: "Naji Zaheer", aliases: ["Zaheer", "Dr. Naji Zaheer"] },
  { key: "sandhu", type: "person", name: "Rashid Ali Sandhu", aliases: ["Sandhu"] },
  { key: "hamas", type: "organization", name: "Hamas", aliases: [], externalId: "Q38799" },
  { key: "let", type: "organization", name: "Lashkar-e-Taiba", aliases: ["LeT", "Lashkar"], externalId: "Q216819" },
  { key: "pmml", type: "organization", name: "Pakistan Markazi Muslim League", aliases: ["PMML"] },
  { key: "gujranwala", type: "location", name: "Gujranwala", aliases: [], externalId: "Q243000" },
  { key: "pahalgam", type: "location", name: "Pahalgam", aliases: [] },
  { key: "kpc", type: "organization", name: "Karachi Press Club", aliases: [] },
];

export type DemoAnnotation = {
  file: string;
  quote: string;
  // Which occurrence of a repeated quote (0 = first); without it the quote must be unique.
  occurrence?: number;
  author: "annotator" | "annotator2";
  kind: "CLAIM" | "ENTITY_MENTION";
  claimType?: string;
  status?: string;
  checkWorthiness?: number;
  note?: string;
  entities?: Array<{ entity: string; role: EntityRole }>;
  entity?: string; // mentions
  cluster?: { key: string; relation: ClusterRelation };
};

export const demoClusters: Record<string, { title: string; statement: string }> = {
  "chief-guest": {
    title: "Zaheer was chief guest at the PMML event in Gujranwala",
    statement: "Naji Zaheer attended the PMML event in Gujranwala as chief guest and shared the stage with Rashid Ali Sandhu.",
  },
  "pok-visit": {
    title: "Zaheer visited PoK in February 2025, shortly before the Pahalgam attack",
    statement: "In February 2025 Naji Zaheer travelled to Pakistan-occupied Kashmir days before the Pahalgam attack.",
  },
  "karachi-press-club": {
    title: "Zaheer spoke at the Karachi Press Club in January 2024",
    statement: "In January 2024 Naji Zaheer addressed the media at the Karachi Press Club.",
  },
};

export const demoAnnotations: readonly DemoAnnotation[] = [
  {
    file: "article-000.txt", author: "annotator", kind: "CLAIM", claimType: "event", status: "in_progress", checkWorthiness: 4,
    quote: "the footage reveals Zaheer attending the PMML event as a chief guest",
    entities: [{ entity: "zaheer", role: "SUBJECT" }, { entity: "pmml", role: "OBJECT" }],
    cluster: { key: "chief-guest", relation: "SAME" },
    note: "Video is undated; check when and where it was first posted.",
  },
  {
    file: "article-000.txt", author: "annotator2", kind: "CLAIM", claimType: "event", status: "unverified", checkWorthiness: 3,
    quote: "Though undated, the footage reveals Zaheer attending the PMML event as a chief guest, with Sandhu present under the guise of a senior PMML leader.",
    entities: [{ entity: "zaheer", role: "SUBJECT" }, { entity: "sandhu", role: "OTHER" }],
  },
  { file: "article-000.txt", author: "annotator", kind: "ENTITY_MENTION", quote: "Naji Zaheer", entity: "zaheer" },
  { file: "article-000.txt", author: "annotator", kind: "ENTITY_MENTION", quote: "Rashid Ali Sandhu", entity: "sandhu" },
  { file: "article-000.txt", author: "annotator", kind: "ENTITY_MENTION", quote: "Gujranwala", entity: "gujranwala" },
  {
    file: "article-000.txt", author: "annotator", kind: "CLAIM", claimType: "event", status: "unverified", checkWorthiness: 5,
    quote: "In February 2025, he travelled to PoK days before a terror strike in Pahalgam, India",
    entities: [{ entity: "zaheer", role: "SUBJECT" }, { entity: "pahalgam", role: "PLACE" }],
    cluster: { key: "pok-visit", relation: "SAME" },
  },
  {
    file: "article-000.txt", author: "annotator", kind: "CLAIM", claimType: "event", status: "unverified", checkWorthiness: 3,
    quote: "In January 2024, Zaheer spoke at the Karachi Press Club.",
    entities: [{ entity: "zaheer", role: "SUBJECT" }, { entity: "kpc", role: "PLACE" }],
    cluster: { key: "karachi-press-club", relation: "SAME" },
  },
  {
    file: "article-001.txt", author: "annotator", kind: "CLAIM", claimType: "event", status: "in_progress", checkWorthiness: 4,
    quote: "Zaheer attended the gathering as the chief guest and was seen sharing the stage with Sandhu",
    entities: [{ entity: "zaheer", role: "SUBJECT" }, { entity: "sandhu", role: "OBJECT" }],
    cluster: { key: "chief-guest", relation: "CORROBORATES" },
  },
  { file: "article-001.txt", author: "annotator", kind: "ENTITY_MENTION", quote: "Naji Zaheer", entity: "zaheer" },
  {
    file: "article-001.txt", author: "annotator", kind: "CLAIM", claimType: "event", status: "unverified", checkWorthiness: 5,
    quote: "In February 2025, he visited Pakistan-occupied Kashmir (PoK) along with other Hamas officials, days before the Pahalgam terror attack.",
    entities: [{ entity: "zaheer", role: "SUBJECT" }, { entity: "pahalgam", role: "PLACE" }],
    cluster: { key: "pok-visit", relation: "SAME" },
  },
  {
    file: "article-002.txt", author: "annotator2", kind: "CLAIM", claimType: "event", status: "unverified", checkWorthiness: 4,
    quote: "with Zaheer participating as the chief guest",
    entities: [{ entity: "zaheer", role: "SUBJECT" }],
    cluster: { key: "chief-guest", relation: "SAME" },
  },
  { file: "article-002.txt", author: "annotator2", kind: "ENTITY_MENTION", quote: "Pakistan Markazi Muslim League (PMML)", entity: "pmml" },
  {
    file: "article-003.txt", author: "annotator", kind: "CLAIM", claimType: "event", status: "in_progress", checkWorthiness: 5,
    quote: "in February 2025, just weeks prior to the Pahalgam terror attack, he traveled to Pakistan-occupied Kashmir (PoK) with a Hamas delegation",
    entities: [{ entity: "zaheer", role: "SUBJECT" }, { entity: "pahalgam", role: "PLACE" }],
    cluster: { key: "pok-visit", relation: "CONTRADICTS" },
    note: "Says “weeks prior”; articles 000 and 001 say “days before”.",
  },
  {
    file: "article-003.txt", author: "annotator", kind: "CLAIM", claimType: "event", status: "unverified", checkWorthiness: 3,
    quote: "In January 2024, he conducted a high-profile media address at the Karachi Press Club.",
    entities: [{ entity: "zaheer", role: "SUBJECT" }, { entity: "kpc", role: "PLACE" }],
    cluster: { key: "karachi-press-club", relation: "CORROBORATES" },
  },
  {
    file: "article-004.txt", author: "annotator2", kind: "CLAIM", claimType: "statistical", status: "unverified", checkWorthiness: 5,
    quote: "in which around 30 Hindu tourists were killed in Jammu and Kashmir",
    entities: [{ entity: "pahalgam", role: "PLACE" }],
    note: "Check the casualty figure against official sources.",
  },
  { file: "article-004.txt", author: "annotator2", kind: "ENTITY_MENTION", quote: "Rashid Ali Sandhu", occurrence: 0, entity: "sandhu" },
];
