"use client";

import { earlyPaintSource } from "./early-paint-source";
import { planOpeningPaint, type OpeningPaint } from "./plan-opening-paint";

type Props = OpeningPaint & { nonce: string | undefined };

/**
 * The inline script that paints the highlights from the HTML itself
 * (`earlyPaintSource`), rendered after the workspace so the text it paints
 * is already parsed.
 *
 * Written on the server only, from the workspace's own props: they are in
 * the page's RSC payload already, so the plan is in the page once, in the
 * HTML, not a second time in the payload as a server component's output
 * would be. In the browser it renders an empty script (hydration keeps the
 * server's, which has run; a script React inserts never runs) and nothing
 * is computed. The nonce lets it run under the page's CSP, as Next's own
 * scripts do; browsers hide it from the DOM after parsing, hence the
 * suppressed warning, as next-themes does.
 */
export function EarlyPaintScript({ nonce, ...opening }: Props) {
  const onServer = typeof window === "undefined";
  return (
    <script
      nonce={onServer ? nonce : ""}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: onServer ? earlyPaintSource(planOpeningPaint(opening)) : "" }}
    />
  );
}
