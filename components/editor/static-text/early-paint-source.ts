import { jsonForInlineScript } from "@/lib/http/json-for-inline-script";
import { paintStaticText } from "./paint-static-text";
import type { StaticPaintPlan } from "./static-paint-plan";

/**
 * The inline script that paints `plan` over the server-rendered text while
 * the HTML is still being parsed, before any chunk has run (issue 15): the
 * painter's own source text, as next-themes inlines its theme script, called
 * on the text element just parsed above it. Placed after that element.
 */
export function earlyPaintSource(plan: StaticPaintPlan): string {
  return `(${paintStaticText.toString()})(document.querySelector("[data-static-article-text]"),${jsonForInlineScript(plan)})`;
}
