import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { ReferencePaint, ScrollRun } from "../browser/bench-results";
import type { BrowserBundle } from "./bundle-browser-script";
import { callInPage } from "./call-in-page";

export type Offsets = Array<[number, number]>;

export type ReferenceResult = { set: ReferencePaint[]; add: ReferencePaint[]; css: ReferencePaint[]; scroll: ScrollRun | null };

type Options = { text: string; offsets: Offsets; addOffsets: Offsets; runs: number; scrollMs: number };

const TARGET = "__benchReference";

// @recogito/text-annotator on a blank page with the article: per run a fresh
// page, then setAnnotations → painted. After the last run, on that page: adds
// one by one inside the first screen (it draws only what is in view), then a
// scroll through the article. The bare CSS Highlight API gets fresh pages.
export async function measureReference(browser: Browser, bundle: BrowserBundle, options: Options): Promise<ReferenceResult> {
  const result: ReferenceResult = { set: [], add: [], css: [], scroll: null };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    for (let run = 0; run < options.runs; run++) {
      const page = await openReferencePage(context, bundle, options.text);
      await callInPage(page, TARGET, "createAnnotator");
      result.set.push(await callInPage<ReferencePaint>(page, TARGET, "setAnnotations", options.offsets));
      if (run === options.runs - 1) {
        for (const [i, offsets] of options.addOffsets.entries()) {
          result.add.push(await callInPage<ReferencePaint>(page, TARGET, "addAnnotation", `added-${i}`, offsets));
          await page.waitForTimeout(100);
        }
        result.scroll = await callInPage<ScrollRun>(page, TARGET, "scroll", options.scrollMs);
      }
      await page.close();
    }
    for (let run = 0; run < options.runs; run++) {
      const page = await openReferencePage(context, bundle, options.text);
      result.css.push(await callInPage<ReferencePaint>(page, TARGET, "cssHighlights", options.offsets));
      await page.close();
    }
    return result;
  } finally {
    await context.close();
  }
}

async function openReferencePage(context: BrowserContext, bundle: BrowserBundle, text: string): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${bundle.css}\n${PAGE_CSS}</style></head><body></body></html>`);
  await page.addScriptTag({ content: bundle.js });
  await callInPage(page, TARGET, "open", text);
  return page;
}

// Close to the app's reading column (app/globals.css, .article-prose), so
// both lay the text out in about as many lines.
const PAGE_CSS = `
body { margin: 0; padding: 32px; font-family: ui-sans-serif, system-ui, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif; }
.article-prose { max-width: 70ch; font-size: 17px; line-height: 1.75; overflow-wrap: break-word; }
.article-prose p { margin: 0 0 1.15em; }
`;
