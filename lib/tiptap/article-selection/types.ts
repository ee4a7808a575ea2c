export type ArticleSelectionOptions = {
  /**
   * BCP 47 language of the text, for word and sentence boundaries.
   * @default undefined (the browser's locale)
   */
  locale: string | undefined;
  /**
   * Widen a mouse selection to whole words when the button is released,
   * unless Alt is held.
   * @default true
   */
  snapOnMouseUp: boolean;
};

export type ArticleSelectionStorage = {
  /** The selection a person made with Alt held, which creation keeps as it is. */
  exactRange: { from: number; to: number } | null;
};

/** A range of ProseMirror positions. */
export type PositionRange = { from: number; to: number };
