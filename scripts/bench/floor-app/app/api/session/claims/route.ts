import { NextResponse } from "next/server";
import { readSessionClaims } from "@/lib/auth/read-session-claims";

// (b3) Behind the proxy, plus the route-level session read the routes use now
// (readSessionClaims: one decode, no re-encode). No database.
export const dynamic = "force-dynamic";

export async function GET() {
  const claims = await readSessionClaims();
  return NextResponse.json({ status: claims ? "ok" : "anonymous" });
}
