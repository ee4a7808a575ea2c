import type { Page } from "@playwright/test";

export type CspReport = { page: string; kind: string; detail: string };

/**
 * Collects Content-Security-Policy violations on every document the page
 * loads: `securitypolicyviolation` events (reported through a binding, so
 * they survive navigations) and console errors that mention the policy.
 * Returns the live list; a test asserts it stays empty.
 */
export async function watchCsp(page: Page): Promise<CspReport[]> {
  const reports: CspReport[] = [];
  await page.exposeBinding("__reportCspViolation", ({ frame }, detail: string) => {
    reports.push({ page: frame.url(), kind: "securitypolicyviolation", detail });
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (d: string) => void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Content-Security-Policy/i.test(message.text())) {
      reports.push({ page: page.url(), kind: "console", detail: message.text() });
    }
  });
  return reports;
}
