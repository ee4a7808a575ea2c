import type { ActionResult } from "@/lib/http/run-action";
import type { DisplayNames } from "@/lib/server/agreement/load-display-names";

// What the adjudication page hands its client components: plain JSON, no rows.

export type GoldSourceView = {
  id: string;
  kind: string;
  start: number;
  end: number;
  exact: string;
  statusId: string | null;
  claimTypeId: string | null;
  entityId: string | null;
  entityTypeId: string | null;
  note: string;
};

export type GoldView = GoldSourceView & { version: number };

export type GoldGroupView = {
  key: string;
  kind: string;
  differences: string[];
  /** One slot per coder, in the page's coder order. */
  spans: Array<GoldSourceView | null>;
  state: "gold" | "excluded" | "open";
  golds: GoldView[];
  /** The text around the group, for drawing a new span: `start` is its first code point's offset in the article. */
  excerpt: { text: string; start: number };
};

export type LabelChoice = { id: string; name: string };
export type AdjudicationLabels = { statuses: LabelChoice[]; claimTypes: LabelChoice[]; entityTypes: LabelChoice[] };

export type GoldActions = {
  resolve: (input: unknown) => Promise<ActionResult<undefined>>;
  reopen: (input: unknown) => Promise<ActionResult<undefined>>;
};

export type { DisplayNames };
