import type { NextRequest } from "next/server";
import { proxy as claimdeskProxy } from "@/proxy";

// Claimdesk's own proxy (CSP nonce, cross-site check, session decode), on the
// /api/session/* routes only, so /api/constant measures the framework alone.
export function proxy(request: NextRequest) {
  return claimdeskProxy(request);
}

export const config = { matcher: ["/api/session/:path*"] };
