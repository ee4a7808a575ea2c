import { NextResponse } from "next/server";

// Liveness: the process answers HTTP. Touches nothing else (a database
// outage must not get healthy instances restarted; /api/ready covers it).
export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
