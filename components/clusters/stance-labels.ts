import type { ClusterStance } from "@/lib/clusters/cluster-dto";

// How each stance reads and looks everywhere (panel, dialog, cluster page,
// matrix). Colour is never alone: every stance has its own glyph and words.
export const STANCES: readonly ClusterStance[] = ["SAME", "CORROBORATES", "ATTRIBUTES", "CONTRADICTS"];

export const stanceLabels: Record<ClusterStance, string> = {
  SAME: "States it",
  CORROBORATES: "Corroborates",
  ATTRIBUTES: "Attributes",
  CONTRADICTS: "Contradicts",
};

export const stanceDescriptions: Record<ClusterStance, string> = {
  SAME: "says the same thing",
  CORROBORATES: "agrees in other words or with more detail",
  ATTRIBUTES: "reports it as someone else's assertion",
  CONTRADICTS: "disagrees with the statement",
};

export const stanceGlyphs: Record<ClusterStance, string> = {
  SAME: "●",
  CORROBORATES: "◐",
  ATTRIBUTES: "❝",
  CONTRADICTS: "✕",
};

// Text and fill classes with enough contrast in light and dark mode.
export const stanceTone: Record<ClusterStance, string> = {
  SAME: "bg-emerald-100 text-emerald-900 border-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:border-emerald-800",
  CORROBORATES: "bg-sky-100 text-sky-900 border-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:border-sky-800",
  ATTRIBUTES: "bg-amber-100 text-amber-900 border-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:border-amber-800",
  CONTRADICTS: "bg-rose-100 text-rose-900 border-rose-400 dark:bg-rose-950 dark:text-rose-200 dark:border-rose-700",
};
