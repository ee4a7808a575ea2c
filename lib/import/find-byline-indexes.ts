import { matchAuthorByline } from "./match-author-byline";
import type { RawBlock } from "./types";

/**
 * Blocks that are author bylines, and the author they name. Outlets put "By
 * …" lines just after the headline or at the very end, and bios ("X is a
 * Senior Fellow at …") last; only those spots are searched, so a sentence in
 * the body about someone's role is never taken for a byline.
 */
export function findBylineIndexes(
  blocks: readonly RawBlock[],
  removed: readonly boolean[],
): { indexes: number[]; author?: string } {
  const open = blocks.map((_, i) => i).filter((i) => !removed[i]);
  const head = open.slice(0, 4);
  const tail = open.slice(-3);
  const last = open.at(-1);
  const indexes: number[] = [];
  let author: string | undefined;
  for (const i of new Set([...head, ...tail])) {
    const text = blocks[i]?.text ?? "";
    const name = matchAuthorByline(text, { allowBio: i === last });
    if (name === undefined) continue;
    indexes.push(i);
    author ??= name;
  }
  return author === undefined ? { indexes } : { indexes, author };
}
