import type { ImportBlock } from "./types";

/**
 * Applies a user's keep/drop choices, keyed by block index, to the
 * classifier's blocks; blocks without a choice keep the classifier's verdict.
 * `rule` and `reason` still explain the classifier's view, so a UI can show
 * "removed as site chrome, kept by you". Follow with `rebuildText`.
 */
export function applyBlockChoices(
  blocks: readonly ImportBlock[],
  choices: Readonly<Record<number, boolean>>,
): ImportBlock[] {
  return blocks.map((block) => {
    const choice = choices[block.index];
    return choice === undefined || choice === block.kept ? block : { ...block, kept: choice };
  });
}
