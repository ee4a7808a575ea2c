import type { DbClient } from "@/lib/server/db-client";
import type { BusListener, BusMessage } from "./types";
import type { BusKind } from "./choose-bus-kind";

/**
 * Fan-out of live messages between the app's writers and its open streams,
 * within one instance or across instances. Two implementations:
 * createPostgresPubSub (LISTEN/NOTIFY) and createMemoryPubSub (in-process).
 */
export type PubSub = {
  /**
   * "postgres": a message published after commit is a pg_notify in the
   * writer's transaction, which a writer may also send inside its own
   * statement (notifyEventSql); "memory": it is delivered in this process.
   */
  readonly kind: BusKind;
  /**
   * Delivers `message` to subscribers once `tx` commits, and never if it
   * rolls back. `tx` may also be the plain client (already committed).
   */
  publishAfterCommit(tx: DbClient, message: BusMessage): Promise<void>;
  /** Delivers a transient message (presence) now, best effort. */
  publish(message: BusMessage): Promise<void>;
  subscribe(listener: BusListener): () => void;
  /**
   * Resolves once messages published from now on reach subscribers (the
   * LISTEN is in place). A stream subscribes, awaits this, and only then
   * reads the Event table, so nothing falls between the two.
   */
  ready(): Promise<void>;
  close(): Promise<void>;
};
