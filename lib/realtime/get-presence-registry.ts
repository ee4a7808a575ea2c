import { createPresenceRegistry, type PresenceRegistry } from "./create-presence-registry";
import { getPubSub } from "./get-pub-sub";

const holder = globalThis as unknown as { claimdeskPresence?: PresenceRegistry };

/** The process's presence registry, fed by the bus and swept every few seconds. */
export function getPresenceRegistry(): PresenceRegistry {
  if (!holder.claimdeskPresence) {
    const registry = createPresenceRegistry();
    getPubSub().subscribe((message) => {
      if (message.kind === "presence") registry.apply(message.entry, message.gone);
    });
    setInterval(() => registry.sweep(), 5_000).unref();
    holder.claimdeskPresence = registry;
  }
  return holder.claimdeskPresence;
}
