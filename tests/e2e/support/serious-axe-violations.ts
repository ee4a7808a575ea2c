import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// Serious and critical WCAG 2.1 A/AA violations on the page as it is now
// (the same rules as accessibility.spec.ts), for pages whose state matters.
export async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}
