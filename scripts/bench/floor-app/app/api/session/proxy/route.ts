import { NextResponse } from "next/server";

// (b1) The same constant JSON behind Claimdesk's proxy, which decodes the
// session cookie before the route runs.
export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok" });
}
