// The public host from NEXTAUTH_URL. Behind a reverse proxy the Host header
// may name an internal address; Next's own server-action origin check must
// then accept the public one. proxy.ts applies the same rule first and
// answers 403 (Next's check answers 500).
const publicHost = (() => {
  try {
    return process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).host : null;
  } catch {
    return null;
  }
})();

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Server-only packages that must not be bundled: PGlite ships WASM and data
  // files it loads from its own folder, and pg has optional native bits.
  // @jest/diff-sequences' ESM wrapper re-exports the CommonJS `exports.default`,
  // which a bundler that already unwraps __esModule turns into undefined;
  // Node's own loader reads it right.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pg-boss", "linkedom", "@jest/diff-sequences"],
  poweredByHeader: false,
  // The container image (Dockerfile) builds with NEXT_OUTPUT=standalone: a
  // self-contained server.js with only the node_modules it needs. npm start
  // keeps the ordinary output, which `next start` serves.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  experimental: {
    serverActions: { allowedOrigins: publicHost ? [publicHost] : [] },
    // Next loads every route's server code at start unless told not to: ~50 MB
    // resident that an idle server does not need. A route's code is loaded on
    // its first request instead (docs/benchmarks.md, "Idle memory").
    preloadEntriesOnStart: false,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Kept for browsers without CSP frame-ancestors (proxy.ts sets the CSP).
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
