import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/server/health/check-readiness";

// Readiness: 200 when the database answers and its migrations are current,
// else 503 with which of the two failed (no data, no session needed).
export async function GET() {
  const readiness = await checkReadiness();
  return NextResponse.json(
    { status: readiness.ready ? "ready" : "not-ready", database: readiness.database, pendingMigrations: readiness.pendingMigrations },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
