import { afterCommit } from "./after-commit";
import type { PubSub } from "./pub-sub";
import type { BusListener, BusMessage } from "./types";

/**
 * The in-process bus, for a single app instance (the embedded database
 * takes one connection, so nothing can LISTEN there). Messages written in a
 * transaction are held until it commits (see after-commit.ts); listeners
 * run in a later task, never inside the writer's call stack.
 */
export function createMemoryPubSub(): PubSub {
  const listeners = new Set<BusListener>();
  const deliver = (message: BusMessage) => {
    setImmediate(() => {
      for (const listener of [...listeners]) {
        try {
          listener(message);
        } catch (error) {
          console.error("live listener failed", error);
        }
      }
    });
  };
  return {
    kind: "memory",
    publishAfterCommit: async (tx, message) => {
      if (!afterCommit(tx, () => deliver(message))) deliver(message);
    },
    publish: async (message) => deliver(message),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready: async () => undefined,
    close: async () => listeners.clear(),
  };
}
