import type { CommentSegment } from "@/lib/review/review-dto";

// A comment's text with its @mentions shown as the member's name.
export function CommentBody({ segments }: { segments: CommentSegment[] }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm">
      {segments.map((segment, index) =>
        "text" in segment ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <span key={index} className="rounded-sm bg-info-subtle px-0.5 font-medium text-info" title={segment.mention.email} data-mention={segment.mention.id}>
            @{segment.mention.name}
          </span>
        ),
      )}
    </p>
  );
}
