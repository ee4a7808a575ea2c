export type BusKind = "postgres" | "memory";

/**
 * Which bus an app instance uses. LISTEN needs a connection of its own: with
 * a pool of one (the embedded database, which accepts one connection) there
 * is none to spare, and there is only one instance to reach anyway.
 */
export function chooseBusKind(config: { LIVE_BUS: "auto" | BusKind; DATABASE_POOL_MAX: number }): BusKind {
  if (config.LIVE_BUS !== "auto") return config.LIVE_BUS;
  return config.DATABASE_POOL_MAX === 1 ? "memory" : "postgres";
}
