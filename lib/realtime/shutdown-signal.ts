// Aborted when this server instance is asked to stop (SIGTERM from Docker or
// an orchestrator, SIGINT from a terminal). Live streams end on it, so Next's
// graceful shutdown — which waits for open requests — can finish, and each
// client's EventSource reconnects to another instance, catching up from its
// Last-Event-ID. Kept on globalThis: route modules and instrumentation.ts may
// be separate module instances.
const holder = globalThis as unknown as { claimdeskShutdown?: AbortController };

function controller(): AbortController {
  holder.claimdeskShutdown ??= new AbortController();
  return holder.claimdeskShutdown;
}

export function shutdownSignal(): AbortSignal {
  return controller().signal;
}

export function beginShutdown(): void {
  controller().abort();
}

/** A stream's signal: the client going away, or this instance stopping. */
export function streamSignal(request: Request): AbortSignal {
  return AbortSignal.any([request.signal, shutdownSignal()]);
}
