import pg from "pg";
import { encodeNotifyPayload, type EventReference } from "./encode-notify-payload";
import { LIVE_CHANNEL } from "./live-channel";
import type { PubSub } from "./pub-sub";
import { toLiveEvent, type EventRow } from "./to-live-event";
import type { BusListener, BusMessage } from "./types";

export type PostgresPubSubOptions = {
  connectionString: string;
  /** Wait before reconnecting the listening connection after it failed. @default 1000 */
  reconnectDelayMs?: number;
};

/**
 * LISTEN/NOTIFY: writers call pg_notify inside their transaction, so Postgres
 * delivers the notice to every instance's listening connection on commit and
 * drops it on rollback. One dedicated `pg` client per instance LISTENs (the
 * pool's connections come and go); it is opened on the first subscribe.
 * When that connection drops, it is reopened and subscribers get a
 * "resync" message, as notices sent meanwhile are lost.
 */
export function createPostgresPubSub(options: PostgresPubSubOptions): PubSub {
  const listeners = new Set<BusListener>();
  const reconnectDelayMs = options.reconnectDelayMs ?? 1000;
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let everConnected = false;
  // One query at a time on the listening connection (pg queues them, but
  // overlapping calls are deprecated).
  let queries: Promise<unknown> = Promise.resolve();
  const serially = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queries.then(run, run);
    queries = next.catch(() => undefined);
    return next;
  };

  const deliver = (message: BusMessage) => {
    for (const listener of [...listeners]) {
      try {
        listener(message);
      } catch (error) {
        console.error("live listener failed", error);
      }
    }
  };

  const receive = async (connection: pg.Client, text: string | undefined) => {
    if (!text) return;
    const parsed = JSON.parse(text) as BusMessage | EventReference;
    if (parsed.kind !== "event-ref") return deliver(parsed);
    const result = await serially(() => connection.query<EventRow>(
      `SELECT id::text AS id, "projectId", "articleId", type, "actorId", payload, "createdAt" FROM "Event" WHERE id = $1`,
      [parsed.id],
    ));
    const row = result.rows[0];
    if (row) deliver({ kind: "event", event: toLiveEvent(row) });
  };

  const connect = (): Promise<pg.Client> => {
    if (client) return Promise.resolve(client);
    connecting ??= (async () => {
      const connection = new pg.Client({ connectionString: options.connectionString });
      connection.on("notification", (notice) => {
        if (notice.channel !== LIVE_CHANNEL) return;
        receive(connection, notice.payload).catch((error: unknown) => console.error("live notice could not be read", error));
      });
      const lost = () => {
        if (client !== connection) return;
        client = null;
        connection.end().catch(() => undefined);
        if (!closed && listeners.size > 0) setTimeout(() => void connectAndResync(), reconnectDelayMs);
      };
      connection.on("error", lost);
      connection.on("end", lost);
      try {
        await connection.connect();
        await connection.query(`LISTEN ${LIVE_CHANNEL}`);
      } catch (error) {
        await connection.end().catch(() => undefined);
        throw error;
      }
      if (closed) {
        await connection.end();
        throw new Error("live bus closed");
      }
      client = connection;
      return connection;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  };

  const connectAndResync = async () => {
    try {
      await connect();
      if (everConnected) deliver({ kind: "resync" });
      everConnected = true;
    } catch (error) {
      if (closed) return;
      console.error("live bus: LISTEN connection failed, retrying", error);
      setTimeout(() => void connectAndResync(), reconnectDelayMs);
    }
  };

  return {
    kind: "postgres",
    publishAfterCommit: async (tx, message) => {
      await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${encodeNotifyPayload(message)})`;
    },
    publish: async (message) => {
      // Transient messages go over the listening connection: no pool slot,
      // and when it is down they are dropped (the next heartbeat repeats them).
      const connection = client ?? (await connect().catch(() => null));
      if (connection) await serially(() => connection.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, encodeNotifyPayload(message)]));
    },
    subscribe: (listener) => {
      listeners.add(listener);
      if (!client && !connecting) void connectAndResync();
      return () => listeners.delete(listener);
    },
    ready: async () => {
      await connect();
    },
    close: async () => {
      closed = true;
      listeners.clear();
      const connection = client ?? (await connecting?.catch(() => null)) ?? null;
      client = null;
      await connection?.end().catch(() => undefined);
    },
  };
}
