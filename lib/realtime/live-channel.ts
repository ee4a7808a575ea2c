/** The Postgres NOTIFY channel of live messages. */
export const LIVE_CHANNEL = "claimdesk_live";

/** NOTIFY payloads must stay under 8000 bytes; bigger events travel by reference. */
export const MAX_NOTIFY_BYTES = 7000;
