// The shapes that travel through the live-updates bus. Shared by the server
// (bus, SSE route) and the browser client, so no server imports here.

/** A stored change (a row of the Event table) as viewers receive it. */
export type LiveEvent = {
  /** Event.id as a decimal string (a bigint in the database). */
  id: string;
  projectId: string;
  articleId: string | null;
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
};

/** One open editor (one SSE connection) on an article. Never stored. */
export type PresenceEntry = {
  connectionId: string;
  projectId: string;
  articleId: string;
  userId: string;
  name: string;
  selectedAnnotationId: string | null;
  /** When the entry was last announced (ms since epoch, the announcing server's clock). */
  at: number;
};

export type BusMessage =
  | { kind: "event"; event: LiveEvent }
  /** `gone`: the connection closed; otherwise a join, heartbeat or selection change. */
  | { kind: "presence"; entry: PresenceEntry; gone: boolean }
  /** What this user may reach changed: their open streams check their access again. */
  | { kind: "access"; userId: string }
  /**
   * Local only: the bus may have missed messages (its Postgres connection
   * was lost and is back), so open streams re-read the Event table.
   */
  | { kind: "resync" };

export type BusListener = (message: BusMessage) => void;
