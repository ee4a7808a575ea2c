export type ReadOnlyTextOptions = {
  /**
   * Attributes set on the editable root. The view stays contenteditable so
   * people can place a caret and extend a selection with the keyboard, but
   * nothing typed may reach the text: no spell-check underlines, no
   * autocorrect, and no on-screen keyboard on touch devices.
   * @default { spellcheck: "false", autocorrect: "off", autocapitalize: "off", inputmode: "none" }
   */
  attributes: Record<string, string>;
};
