import type { Browser, BrowserContext, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import type { KeystrokePaint, LoadPaint, RepaintPaint, ScrollRun, TextLayout } from "../browser/bench-results";
import { callInPage } from "./call-in-page";
import { BENCH_AUTHOR_EMAIL } from "./insert-bench-articles";

export type EditorResult = {
  layout: TextLayout;
  firstLoad: LoadPaint;
  loads: LoadPaint[];
  repaints: RepaintPaint[];
  keystrokes: KeystrokePaint[];
  scroll: ScrollRun;
};

type Options = {
  appUrl: string;
  articlePath: string;
  expected: number;
  runs: number;
  keystrokes: number;
  scrollMs: number;
  timeoutMs: number;
  /** Where to write a Chromium trace of the keystrokes (none when undefined). */
  tracePath?: string;
  /** Where to write a Chromium trace of one more page load, not among the measured ones (none when undefined). */
  loadTracePath?: string;
  /** Whether the traces record style invalidations too. */
  traceInvalidations?: boolean;
};

const PROBE = "__benchProbe";
const EDITOR = ".ProseMirror";
// DevTools' Performance panel categories, with JavaScript samples.
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame", "blink.user_timing", "v8.execute", "disabled-by-default-v8.cpu_profiler", "loading", "blink.resource"];
// What DevTools' "Enable advanced rendering instrumentation" adds: the cause of each style recalculation.
const INVALIDATION_CATEGORIES = ["disabled-by-default-devtools.timeline.invalidationTracking"];

// The app's article page as the demo annotator sees it: one cold load, then
// `runs` loads measured (navigation start → all highlights painted), each
// followed by a repaint of all highlights once the page has settled; on the
// last page, `keystrokes` claims made by selecting words and pressing C, then
// a scroll through the whole article.
export async function measureEditor(browser: Browser, probeJs: string, options: Options): Promise<EditorResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: options.appUrl });
  try {
    await signIn(context);
    const loads: LoadPaint[] = [];
    const repaints: RepaintPaint[] = [];
    let page: Page | undefined;
    for (let run = 0; run <= options.runs; run++) {
      await page?.close();
      page = await context.newPage();
      await page.addInitScript({ content: probeJs });
      await page.goto(options.articlePath);
      loads.push(await callInPage<LoadPaint>(page, PROBE, "load", options.expected, options.timeoutMs));
      // The highlights are painted before the editor exists (issue 15's early
      // paint); what follows needs the editor, which on a busy machine can
      // take a while longer.
      await page.waitForSelector(`${EDITOR} p`, { timeout: options.timeoutMs });
      if (run === 0) continue;
      await page.waitForTimeout(500);
      const repaint = await callInPage<RepaintPaint | null>(page, PROBE, "repaint");
      if (repaint) repaints.push(repaint);
    }
    const categories = options.traceInvalidations ? [...TRACE_CATEGORIES, ...INVALIDATION_CATEGORIES] : TRACE_CATEGORIES;
    if (options.loadTracePath) {
      // One more load, traced from before navigation to the editor's takeover;
      // not among the measured loads, since tracing slows the page.
      await page?.close();
      page = await context.newPage();
      await page.addInitScript({ content: probeJs });
      await browser.startTracing(page, { path: options.loadTracePath, screenshots: true, categories });
      await page.goto(options.articlePath);
      await callInPage<LoadPaint>(page, PROBE, "load", options.expected, options.timeoutMs);
      await page.waitForSelector(`${EDITOR} p`, { timeout: options.timeoutMs });
      await page.waitForTimeout(500);
      await browser.stopTracing();
    }
    const layout = await callInPage<TextLayout>(page!, PROBE, "layout", EDITOR);
    const keystrokes: KeystrokePaint[] = [];
    // Tracing slows the page a little: the figures of a traced run are for
    // finding where the time goes, not for the report.
    if (options.tracePath) await browser.startTracing(page!, { path: options.tracePath, screenshots: false, categories });
    for (let i = 0; i < options.keystrokes; i++) keystrokes.push(await keystroke(page!, i, options.timeoutMs));
    if (options.tracePath) await browser.stopTracing();
    const scroll = await callInPage<ScrollRun>(page!, PROBE, "scroll", EDITOR, options.scrollMs);
    return { layout, firstLoad: loads[0]!, loads: loads.slice(1), repaints, keystrokes, scroll };
  } finally {
    await context.close();
  }
}

async function signIn(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(BENCH_AUTHOR_EMAIL);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/projects/);
  await page.close();
}

async function keystroke(page: Page, nth: number, timeoutMs: number): Promise<KeystrokePaint> {
  await page.keyboard.press("Escape");
  await page.waitForTimeout(300);
  await callInPage<string>(page, PROBE, "selectWords", EDITOR, nth);
  // Let the editor see the new selection (selectionchange) and move its
  // highlight window to the scrolled-to paragraph before the key.
  await page.waitForTimeout(150);
  const before = await callInPage<number>(page, PROBE, "ranges");
  await page.keyboard.press("c");
  return callInPage<KeystrokePaint>(page, PROBE, "keystroke", before, timeoutMs);
}
