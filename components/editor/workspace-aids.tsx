"use client";

type Props = { announcement: string; onSkipToText: () => void };

/**
 * For keyboard and screen-reader users: how the read-only text is used
 * (the editor's aria-describedby), a polite live region for what just
 * happened, and a link past the list straight into the text, where keyboard
 * annotating starts.
 */
export function WorkspaceAids({ announcement, onSkipToText }: Props) {
  return (
    <>
      <p id="annotation-editor-help" className="sr-only">
        Read-only article text. Select words with Shift and the arrow keys, then press C for a claim or 1 to 9 for an entity mention. J and K move
        between annotations, Delete removes the selected one, Control K opens all commands.
      </p>
      <div className="sr-only" aria-live="polite" data-testid="editor-announcer">
        {announcement}
      </div>
      <a
        href="#annotation-text"
        onClick={(event) => {
          event.preventDefault();
          onSkipToText();
        }}
        className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-[100] focus:rounded-md focus:bg-primary focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-primary-foreground focus:shadow-lg"
      >
        Skip to the article text
      </a>
    </>
  );
}
