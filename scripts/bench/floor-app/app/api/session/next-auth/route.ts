import { NextResponse } from "next/server";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

// (b2) Behind the proxy, plus the route-level session read as Claimdesk's
// routes did it before 2026-12-08: next-auth's getServerSession (decode, then
// a re-encode whose cookie is dropped in a route handler). No database.
export const dynamic = "force-dynamic";

export async function GET() {
  const session = await getServerSession(authOptions());
  return NextResponse.json({ status: session ? "ok" : "anonymous" });
}
