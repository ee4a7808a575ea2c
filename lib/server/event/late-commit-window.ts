/**
 * How far back (by creation time) a catch-up re-reads events at or below the
 * client's last id, for ids taken by a transaction that committed later.
 * Interactive transactions time out after 5 s by default; a minute leaves
 * room for slow ones (text revisions re-anchoring many annotations).
 */
export const LATE_COMMIT_WINDOW_MS = 60_000;
