/** An open stream re-announces its presence this often… */
export const PRESENCE_HEARTBEAT_MS = 15_000;
/** …and an entry not re-announced for this long is dropped (its server died without saying goodbye). */
export const PRESENCE_TTL_MS = 45_000;
