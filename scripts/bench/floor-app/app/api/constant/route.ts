import { NextResponse } from "next/server";

// (a) The framework alone: a route handler answering a constant JSON, outside
// the proxy's matcher (see ../../../proxy.ts).
export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok" });
}
