import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { ReferencePaint, ScrollRun, TextLayout } from "../browser/bench-results";
import type { BrowserBundle } from "./bundle-browser-script";
import { callInPage } from "./call-in-page";

export type Offsets = Array<[number, number]>;

// Used with --reference-only: the app's reading column as of this writing.
export const DEFAULT_LAYOUT: TextLayout = {
  width: 584,
  fontSize: "17px",
  lineHeight: "29.75px",
  fontFamily: 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"',
  paragraphGap: "19.55px",
};

export type ReferenceResult = {
  set: ReferencePaint[];
  add: ReferencePaint[];
  css: ReferencePaint[];
  scroll: ScrollRun | null;
  cssScroll: ScrollRun | null;
};

type Options = { text: string; layout: TextLayout; offsets: Offsets; addOffsets: Offsets; runs: number; scrollMs: number };

const TARGET = "__benchReference";

// @recogito/text-annotator on a blank page with the article: per run a fresh
// page, then setAnnotations → painted. After the last run, on that page: adds
// one by one inside the first screen (it draws only what is in view), then a
// scroll through the article. The bare CSS Highlight API gets fresh pages,
// and a scroll on the last, to tell the API's own cost from the app's.
export async function measureReference(browser: Browser, bundle: BrowserBundle, options: Options): Promise<ReferenceResult> {
  const result: ReferenceResult = { set: [], add: [], css: [], scroll: null, cssScroll: null };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    for (let run = 0; run < options.runs; run++) {
      const page = await openReferencePage(context, bundle, options);
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
      const page = await openReferencePage(context, bundle, options);
      result.css.push(await callInPage<ReferencePaint>(page, TARGET, "cssHighlights", options.offsets));
      if (run === options.runs - 1) result.cssScroll = await callInPage<ScrollRun>(page, TARGET, "scroll", options.scrollMs);
      await page.close();
    }
    return result;
  } finally {
    await context.close();
  }
}

async function openReferencePage(context: BrowserContext, bundle: BrowserBundle, { text, layout }: Options): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${bundle.css}</style></head><body style="margin: 0; padding: 32px"></body></html>`);
  await page.addScriptTag({ content: bundle.js });
  await callInPage(page, TARGET, "open", text, layout);
  return page;
}
