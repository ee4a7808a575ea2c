import type { ClusterRelation, EntityRole, AnnotationKind } from "@/lib/generated/prisma/enums";

// Demo annotations on the five corpus articles: claims and entity mentions by
// two annotators, linked into cross-article clusters where outlets report the
// same fact — and where one contradicts the others ("days" vs "weeks"). Each
// span is found by its quote, so a change to the corpus cleaning that moves
// text cannot silently put a tag on other words (the seed fails instead).
// Claim statuses stay neutral: this is sample work in progress. One cluster
// has a verdict of its own (not yet applied to its members), grounded in the
// corpus itself: the MEMRI report dates the Pahalgam attack, which shows
// "days before" a February visit to be wrong.

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
  kind: AnnotationKind;
  claimType?: string;
  status?: string;
  checkWorthiness?: number;
  note?: string;
  entities?: Array<{ entity: string; role: EntityRole }>;
  entity?: string; // mentions
  cluster?: { key: string; relation: ClusterRelation };
};

export type DemoCluster = {
  title: string;
  statement: string;
  // A VERIFICATION_STATUS label key and its public explanation.
  verdict?: { status: string; explanation: string };
  note?: string;
};

// The facts that most of the five outlets report, each a cluster; the
// coverage matrix (clusters × articles) shows who reports what at a glance.
export const demoClusters: Record<string, DemoCluster> = {
  "gujranwala-meeting": {
    title: "Zaheer and Sandhu appeared together at a PMML event in Gujranwala",
    statement: "Hamas commander Naji Zaheer and Lashkar-e-Taiba commander Rashid Ali Sandhu appeared together at a PMML event in Gujranwala, Pakistan.",
  },
  "pmml-front": {
    title: "The PMML is widely seen as Lashkar-e-Taiba's political front",
    statement: "The Pakistan Markazi Muslim League (PMML) is widely regarded as a political front for Lashkar-e-Taiba.",
  },
  "chief-guest": {
    title: "Zaheer was chief guest at the PMML event in Gujranwala",
    statement: "Naji Zaheer attended the PMML event in Gujranwala as chief guest and shared the stage with Rashid Ali Sandhu.",
  },
  "pok-visit": {
    title: "Zaheer visited PoK in February 2025, shortly before the Pahalgam attack",
    statement: "In February 2025 Naji Zaheer travelled to Pakistan-occupied Kashmir days before the Pahalgam attack.",
    verdict: {
      status: "mixed",
      explanation:
        "Four reports place the visit in February 2025. The MEMRI report dates the Pahalgam attack 22 April 2025, so “days before” (articles 000 and 001) overstates how close the two were; “weeks prior” (article 003) is nearer.",
    },
    note: "Outlets disagree on the interval: “days before” against “weeks prior”.",
  },
  "anti-india-rally": {
    title: "On that visit Zaheer addressed a rally with LeT and JeM commanders",
    statement: "During his February 2025 visit to Pakistan-occupied Kashmir, Naji Zaheer addressed an anti-India rally alongside Lashkar-e-Taiba and Jaish-e-Mohammed commanders.",
  },
  "karachi-press-club": {
    title: "Zaheer spoke at the Karachi Press Club in January 2024",
    statement: "In January 2024 Naji Zaheer addressed the media at the Karachi Press Club.",
  },
  "bar-association": {
    title: "The Islamabad High Court Bar Association felicitated Zaheer in April 2024",
    statement: "In April 2024 Naji Zaheer was felicitated by the Islamabad High Court Bar Association.",
  },
  "fazl-meeting": {
    title: "Zaheer met Fazl-ur-Rehman a week after 7 October 2023",
    statement: "On 14 October 2023, a week after the 7 October attacks on Israel, Naji Zaheer met Maulana Fazl-ur-Rehman.",
  },
  "aqsa-conferences": {
    title: "Zaheer appeared at the “Al-Aqsa Storm” and “Toofan-e-Aqsa” conferences",
    statement: "In 2023 Naji Zaheer appeared at the “Al-Aqsa Storm” conference in Quetta and the “Toofan-e-Aqsa” conference in Karachi.",
  },
  "undated-video": {
    title: "The video of the meeting is undated",
    statement: "The video showing Zaheer and Sandhu together is undated.",
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
    cluster: { key: "undated-video", relation: "CORROBORATES" },
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
  // Facts most outlets report, marked in each article and clustered.
  // Article-000 is the agreement and adjudication example (both annotators
  // coded it; tests/e2e/agreement-adjudicate.spec.ts states its figures), so
  // it keeps its own claims, now in clusters, and its other reports of these
  // facts stay unmarked: they are what the candidates panel offers as
  // passages to accept.
  ...[
    ["article-001.txt", "annotator", "Senior Hamas commander Naji Zaheer recently met Rashid Ali Sandhu, a Lashkar-e-Taiba commander, in Gujranwala, Pakistan", "gujranwala-meeting", "SAME"],
    ["article-002.txt", "annotator2", "The meeting took place in Gujranwala, where senior Hamas commander Naji Zaheer was seen sharing a stage with LeT commander Rashid Ali Sandhu", "gujranwala-meeting", "SAME"],
    ["article-003.txt", "annotator", "The footage identifies the Hamas official as Dr. Naji Zaheer and shows him meeting Rashid Ali Sandhu, an identified Lashkar commander.", "gujranwala-meeting", "CORROBORATES"],
    ["article-004.txt", "annotator2", "The meeting, reportedly held in Gujranwala—the fourth-largest city in Punjab province—came to light after an undated video surfaced showing Zaheer sharing a stage with LeT commander Rashid Ali Sandhu.", "gujranwala-meeting", "ATTRIBUTES"],
    ["article-001.txt", "annotator", "widely believed to be the political front of LeT", "pmml-front", "SAME"],
    ["article-002.txt", "annotator2", "widely regarded as a political front for Lashkar", "pmml-front", "SAME"],
    ["article-003.txt", "annotator", "a group widely recognized as a political front for the LeT", "pmml-front", "SAME"],
    ["article-004.txt", "annotator2", "widely regarded as LeT’s political front", "pmml-front", "SAME"],
    ["article-003.txt", "annotator", "with Zaheer appearing as the guest of honor", "chief-guest", "CORROBORATES"],
    ["article-004.txt", "annotator2", "Zaheer attended the PMML event as guest of honour", "chief-guest", "CORROBORATES"],
    ["article-002.txt", "annotator2", "In February 2025, he visited Pakistan-occupied Kashmir (PoK) with other Hamas members", "pok-visit", "CORROBORATES"],
    ["article-001.txt", "annotator", "During the visit, he addressed an anti-India rally alongside commanders from Lashkar-e-Taiba and Jaish-e-Mohammed.", "anti-india-rally", "SAME"],
    ["article-002.txt", "annotator2", "spoke at an anti-India rally alongside commanders from both Lashkar and Jaish-e-Mohammed", "anti-india-rally", "SAME"],
    ["article-003.txt", "annotator", "During this visit, he addressed an anti-India rally alongside senior commanders from both Lashkar-e-Taiba and Jaish-e-Mohammed (JeM).", "anti-india-rally", "SAME"],
    ["article-001.txt", "annotator", "a January 2024 trip to Karachi, where he addressed the media at the Karachi Press Club", "karachi-press-club", "SAME"],
    ["article-001.txt", "annotator", "an April 2024 visit to Islamabad, where he was felicitated by the Islamabad High Court Bar Association", "bar-association", "SAME"],
    ["article-003.txt", "annotator", "In April 2024, he visited Islamabad, where he was formally felicitated by the Islamabad High Court Bar Association.", "bar-association", "SAME"],
    ["article-001.txt", "annotator", "On October 14, 2023, just a week after Hamas’ October 7 attack on southern Israel, Zaheer met Maulana Fazl-ur-Rehman", "fazl-meeting", "SAME"],
    ["article-003.txt", "annotator", "On October 14, 2023, exactly one week after the October 7 attacks in Israel, Zaheer met with Maulana Fazl-ur-Rehman", "fazl-meeting", "SAME"],
    ["article-001.txt", "annotator", "including the “Al-Aqsa Storm” conference in Quetta on October 29 and the “Toofan-e-Aqsa” conference in Karachi in November", "aqsa-conferences", "SAME"],
    ["article-003.txt", "annotator", "he continued his outreach at the \"Al-Aqsa Storm\" conference in Quetta (Oct 29) and the \"Toofan-e-Aqsa\" event in Karachi (Nov 2023)", "aqsa-conferences", "SAME"],
    ["article-001.txt", "annotator", "the emergence of an undated video showing both leaders together", "undated-video", "SAME"],
    ["article-003.txt", "annotator", "While the video is undated, some reports said that the meeting took place between January 2-5, 2026.", "undated-video", "CORROBORATES"],
    ["article-004.txt", "annotator2", "came to light after an undated video surfaced", "undated-video", "SAME"],
  ].map(([file, author, quote, cluster, relation]): DemoAnnotation => ({
    file: file!,
    author: author as DemoAnnotation["author"],
    kind: "CLAIM",
    claimType: cluster === "pmml-front" ? "factual" : "event",
    status: "unverified",
    checkWorthiness: 3,
    quote: quote!,
    cluster: { key: cluster!, relation: relation as ClusterRelation },
  })),
];
