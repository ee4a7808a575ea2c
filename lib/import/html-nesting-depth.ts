import { Parser } from "htmlparser2";

/**
 * How deeply the elements of an HTML source nest, counting as a browser
 * would (implied end tags close unclosed <p> and <li>), stopping once past
 * `limit`. A streaming tokenizer, so it costs one linear pass whatever the
 * depth: the DOM tools after it (linkedom, Readability, the block walk)
 * recurse per level and slow down quadratically, and a few thousand levels
 * would exhaust the stack.
 */
export function htmlNestingDepth(html: string, limit: number): number {
  let depth = 0;
  let max = 0;
  const parser = new Parser(
    {
      onopentagname() {
        depth += 1;
        if (depth > max) max = depth;
        if (max > limit) parser.pause();
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  if (max <= limit) parser.end();
  return max;
}
