"use client";

import { useState } from "react";
import type { CommentDTO, MentionableMember } from "@/lib/review/review-dto";
import { Button } from "@/components/ui/button";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";
import { RelativeTime } from "./relative-time";

type Props = {
  comment: CommentDTO;
  members: MentionableMember[];
  isOwn: boolean;
  canReply: boolean;
  onReply?: () => void;
  onEdit: (body: string) => Promise<void>;
  onDelete: () => Promise<void>;
};

export function CommentItem({ comment, members, isOwn, canReply, onReply, onEdit, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  if (comment.deletedAt) {
    return <p className="text-xs italic text-muted-foreground">Comment deleted.</p>;
  }
  return (
    <article className="space-y-1" data-comment-id={comment.id} aria-label={`Comment by ${comment.author.name}`}>
      <p className="text-xs text-muted-foreground">
        <span className="font-medium text-foreground">{comment.author.name}</span> · <RelativeTime iso={comment.createdAt} />
        {comment.edited ? " · edited" : null}
      </p>
      {editing ? (
        <CommentComposer
          members={members}
          label="Edit your comment"
          submitLabel="Save"
          initial={comment.body}
          autoFocus
          onSubmit={async (body) => {
            await onEdit(body);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CommentBody segments={comment.segments} />
      )}
      {!editing ? (
        <div className="-ml-2 flex gap-1">
          {canReply && onReply ? (
            <Button size="sm" variant="ghost" className="h-7 px-2 text-xs" onClick={onReply}>
              Reply
            </Button>
          ) : null}
          {isOwn ? (
            <>
              <Button size="sm" variant="ghost" className="h-7 px-2 text-xs" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button size="sm" variant="ghost" className="h-7 px-2 text-xs" onClick={() => void onDelete()}>
                Delete
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
