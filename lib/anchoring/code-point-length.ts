import { isSurrogatePairAt } from "@/lib/article-content/is-surrogate-pair-at";
import { hasSurrogates } from "./has-surrogates";

/** Length of `text` in Unicode code points ("a😀" is 2; a lone surrogate counts as 1). */
export function codePointLength(text: string): number {
  if (!hasSurrogates(text)) return text.length;
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (isSurrogatePairAt(text, i)) {
      pairs++;
      i++;
    }
  }
  return text.length - pairs;
}
