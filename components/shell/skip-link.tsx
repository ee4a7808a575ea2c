/**
 * First focusable element on every signed-in page: lets keyboard and
 * screen-reader users jump past the top bar. Visible only while focused.
 */
export function SkipLink({ targetId = "main-content" }: { targetId?: string }) {
  return (
    <a
      href={`#${targetId}`}
      className={[
        "sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-[100]",
        "focus:rounded-md focus:bg-primary focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-primary-foreground focus:shadow-lg",
      ].join(" ")}
    >
      Skip to content
    </a>
  );
}
