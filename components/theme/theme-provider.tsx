"use client";

import type { ReactNode } from "react";
import { ThemeProvider as NextThemesProvider } from "next-themes";
// Loaded on every page before any form validates (see the file).
import "@/lib/validations/zod-browser-config";

type ThemeProviderProps = {
  children: ReactNode;
  /** The request's CSP nonce (proxy.ts), for next-themes' inline script. */
  nonce?: string;
};

// next-themes injects an inline script that sets `.dark` before first paint.
// React 19 warns about <script> rendered on the client, and the script only
// matters during the server render anyway, so it is inert on the client.
// `suppressHydrationWarning` inside next-themes covers the type mismatch.
const scriptProps = { type: typeof window === "undefined" ? "text/javascript" : "text/plain" };

/**
 * Place once in the root layout, inside <body>, and put
 * `suppressHydrationWarning` on <html>: the pre-paint script changes its class.
 */
export function ThemeProvider({ children, nonce }: ThemeProviderProps) {
  return (
    <NextThemesProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
      scriptProps={scriptProps}
    >
      {children}
    </NextThemesProvider>
  );
}
