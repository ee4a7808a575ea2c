import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors/app-error";
import { assertSameOriginRequest } from "@/lib/http/assert-same-origin-request";
import { assertSafePathParams } from "@/lib/http/assert-safe-path-params";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

// Wraps a route handler: user-caused errors become their 4xx with a clear
// message; anything else is logged with a request id and answered with a
// generic 500 that names the id, so nothing internal leaks to the client.
// Before the handler runs, a cookie-authenticated POST/PUT/PATCH/DELETE from
// another origin is refused with 403 (cross-site request forgery), and path
// parameters are checked once for every route, before the handler can pass
// them to the database.
export function routeHandler<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
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
      const requestId = randomUUID();
      console.error(`[${requestId}] ${request.method} ${new URL(request.url).pathname}`, error);
      return NextResponse.json(
        { error: { code: "INTERNAL", message: `Something went wrong (request ${requestId}).` } },
        { status: 500 },
      );
    }
  };
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
