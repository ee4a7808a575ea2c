"use client";

import { useState } from "react";
import type { CommentDTO, CommentsBody } from "@/lib/review/review-dto";
import { Skeleton } from "@/components/ui/skeleton";
import { apiRequest } from "@/components/api-client/api-request";
import type { Resource } from "./use-annotation-resource";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";

type Props = { projectSlug: string; annotationId: string; comments: Resource<CommentsBody> };

// The discussion of an annotation: threads (a comment and its replies), a
// reply box under the thread being answered, and a box for a new comment.
export function CommentThread({ projectSlug, annotationId, comments }: Props) {
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const base = `/api/projects/${encodeURIComponent(projectSlug)}/annotations/${annotationId}/comments`;
  const { data, error, reload } = comments;
  if (error && !data) return <p className="text-xs text-destructive">{error}</p>;
  if (!data) return <Skeleton className="h-16 w-full" />;

  const post = async (body: string, parentId: string | null) => {
    await apiRequest(base, { method: "POST", body: { body, parentId } });
    setReplyTo(null);
    reload();
  };
  const roots = data.comments.filter((c) => c.parentId === null);
  const repliesOf = (id: string) => data.comments.filter((c) => c.parentId === id);
  const item = (comment: CommentDTO, canReply: boolean) => (
    <CommentItem
      comment={comment}
      members={data.members}
      isOwn={comment.author.id === data.viewer.id}
      canReply={canReply && data.viewer.canComment}
      onReply={() => setReplyTo(comment.id)}
      onEdit={async (body) => {
        await apiRequest(`${base}/${comment.id}`, { method: "PATCH", body: { body } });
        reload();
      }}
      onDelete={async () => {
        await apiRequest(`${base}/${comment.id}`, { method: "DELETE" });
        reload();
      }}
    />
  );

  return (
    <div className="space-y-3" data-testid="comment-thread">
      <h4 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">Comments</h4>
      {roots.length === 0 ? <p className="text-xs text-muted-foreground">No comments yet.</p> : null}
      <ol className="space-y-3">
        {roots.map((root) => (
          <li key={root.id} className="space-y-2">
            {item(root, true)}
            <ol className="space-y-2 border-l pl-3">
              {repliesOf(root.id).map((reply) => (
                <li key={reply.id}>{item(reply, false)}</li>
              ))}
              {replyTo === root.id ? (
                <li>
                  <CommentComposer
                    members={data.members}
                    label={`Reply to ${root.author.name}`}
                    submitLabel="Reply"
                    autoFocus
                    onSubmit={(body) => post(body, root.id)}
                    onCancel={() => setReplyTo(null)}
                  />
                </li>
              ) : null}
            </ol>
          </li>
        ))}
      </ol>
      {data.viewer.canComment ? (
        <CommentComposer members={data.members} label="Add a comment" submitLabel="Comment" onSubmit={(body) => post(body, null)} />
      ) : null}
    </div>
  );
}
