const segmenters = new Map<string, Intl.Segmenter>();

// Segmenters are costly to build and stateless to use, so one per locale and
// granularity is shared.
export function getSegmenter(locale: string | undefined, granularity: "word" | "sentence" = "word"): Intl.Segmenter {
  const key = `${locale ?? ""}\u0000${granularity}`;
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}
