import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { ThemeProvider } from "@/components/theme/theme-provider";
import "./globals.css";

// Every page depends on the signed-in user and live data: never prerender at
// build time (the build has no database) and never serve a cached copy.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Claimdesk", template: "%s · Claimdesk" },
  description: "Annotate claims and entities in news articles, review colleagues' work, export the dataset.",
  // Files in public/ (scripts/icons/render-icons.mjs draws the PNGs from icon.svg).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The per-request CSP nonce from proxy.ts (Next applies it to its own
  // scripts; next-themes' pre-paint script needs it passed).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // next-themes sets the theme class before hydration; the warning it
    // would cause on <html> is expected.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen bg-background text-foreground antialiased">
        <ThemeProvider nonce={nonce}>{children}</ThemeProvider>
      </body>
    </html>
  );
}
