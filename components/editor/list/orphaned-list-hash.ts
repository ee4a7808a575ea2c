/** The id of the orphaned annotations' section: `#orphaned-annotations` links to it. */
export const ORPHANED_LIST_HASH = "orphaned-annotations";
