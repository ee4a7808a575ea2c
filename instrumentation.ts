// Runs once when a server instance starts. Next compiles this file for the
// edge runtime too, so everything Node-specific lives in the module imported
// only under Node.js.
export async function register(): Promise<void> {
  // NEXT_RUNTIME is Next's own marker, not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerInstance } = await import("@/lib/server/startup/start-server-instance");
  await startServerInstance();
}
