import type { SnippetPart } from "@/lib/search/search-hit";

/** A result's snippet: plain text runs, matched words in <mark>. Never HTML from the server. */
export function SearchSnippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.hit ? (
          <mark key={index} className="rounded-sm bg-warning-subtle px-0.5 text-foreground">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
