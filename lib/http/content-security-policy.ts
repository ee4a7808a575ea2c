export type CspOptions = { nonce: string; https: boolean; development: boolean };

/**
 * The Content-Security-Policy of every page, built per request around a
 * fresh nonce (proxy.ts). Scripts run only with the nonce, which Next puts
 * on its own scripts and next-themes on its pre-paint one; 'strict-dynamic'
 * lets those load their chunks. Nothing from other origins is needed.
 *
 * Styles allow 'unsafe-inline': React `style` attributes (Radix popovers and
 * the virtualised lists position themselves with them, Tiptap and the
 * highlight layer too) are inline styles a nonce cannot cover. Inline style
 * cannot run script, so this does not reopen XSS; scripts stay strict.
 * Development adds 'unsafe-eval' for React's dev tooling only.
 */
export function contentSecurityPolicy({ nonce, https, development }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

// Two years, subdomains included: what hstspreload.org asks for. Sent only
// when the app is served over https (a header on plain http is ignored, and
// would pin localhost development to https in some browsers).
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
