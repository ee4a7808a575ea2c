import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors/app-error";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";
import { logger } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/http/request-id";
import { assertSameOriginRequest } from "@/lib/http/assert-same-origin-request";
import { assertSafePathParams } from "@/lib/http/assert-safe-path-params";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

// Wraps a route handler: user-caused errors become their 4xx with a clear
// message; an unreachable database becomes 503 (clients retry; the pool
// reconnects); anything else is logged and answered with a generic 500 that
// names the request id, so nothing internal leaks to the client. Every
// request is logged as one JSON line with that id, which the response
// carries in X-Request-Id.
// Before the handler runs, a cookie-authenticated POST/PUT/PATCH/DELETE from
// another origin is refused with 403 (cross-site request forgery), and path
// parameters are checked once for every route, before the handler can pass
// them to the database.
export function routeHandler<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const started = performance.now();
    const requestId = requestIdOf(request.headers);
    const response = await respond(handler, request, context, requestId);
    response.headers.set("X-Request-Id", requestId);
    logger().info(
      { requestId, method: request.method, path: new URL(request.url).pathname, status: response.status, ms: Math.round(performance.now() - started) },
      "request",
    );
    return response;
  };
}

async function respond<C>(handler: Handler<C>, request: Request, context: C, requestId: string): Promise<Response> {
  try {
    assertSameOriginRequest(request);
    await checkPathParams(context);
    return await handler(request, context);
  } catch (error) {
    if (isAppError(error)) {
      const body: { error: { code: string; message: string }; current?: unknown } = {
        error: { code: error.code, message: error.message },
      };
      // A stale-version conflict carries the stored state, so the client can
      // show what won (ConflictBody in lib/annotations/annotation-dto.ts).
      // Other details (e.g. validation issues) stay on the server.
      const current = conflictCurrent(error.code, error.details);
      if (current !== undefined) body.current = current;
      return NextResponse.json(body, { status: error.status });
    }
    const path = new URL(request.url).pathname;
    if (isDatabaseUnavailable(error)) {
      logger().warn({ requestId, method: request.method, path, err: error }, "database unavailable");
      return NextResponse.json(
        { error: { code: "UNAVAILABLE", message: "The database cannot be reached right now; try again in a moment." } },
        { status: 503, headers: { "Retry-After": "5" } },
      );
    }
    logger().error({ requestId, method: request.method, path, err: error }, "unexpected error");
    return NextResponse.json({ error: { code: "INTERNAL", message: `Something went wrong (request ${requestId}).` } }, { status: 500 });
  }
}

function conflictCurrent(code: string, details: unknown): unknown {
  if (code !== "CONFLICT" || typeof details !== "object" || details === null || !("current" in details)) return undefined;
  return details.current;
}

async function checkPathParams(context: unknown): Promise<void> {
  if (typeof context !== "object" || context === null || !("params" in context)) return;
  const params: unknown = await context.params;
  if (typeof params === "object" && params !== null) assertSafePathParams(params as Record<string, string | string[] | undefined>);
}
