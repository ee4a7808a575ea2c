"use client";

import { useEffect, useState } from "react";
import { RelativeTime } from "@/components/review/relative-time";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { CommentDTO } from "@/lib/review/review-dto";
import { CommentBody } from "@/components/review/comment-body";
import { listClusterComments, postClusterComment } from "./cluster-requests";

// Discussion on the cluster as a whole. Bodies render as text segments (with
// @mentions as names): nothing a person types runs as markup.
export function ClusterComments({ projectSlug, clusterId, canComment, refreshKey }: { projectSlug: string; clusterId: string; canComment: boolean; refreshKey: number }) {
  const [comments, setComments] = useState<CommentDTO[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let stale = false;
    listClusterComments(projectSlug, clusterId).then(
      (list) => !stale && setComments(list),
      (e: unknown) => !stale && setError(e instanceof Error ? e.message : "Could not load the comments."),
    );
    return () => {
      stale = true;
    };
  }, [projectSlug, clusterId, refreshKey]);

  const submit = async () => {
    if (body.trim() === "") return;
    setBusy(true);
    setError(null);
    try {
      const comment = await postClusterComment(projectSlug, clusterId, body);
      setComments((list) => [...(list ?? []).filter((c) => c.id !== comment.id), comment]);
      setBody("");
    } catch (e) {
      // The draft stays in the box: nothing typed is lost on a failed post.
      setError(e instanceof Error ? e.message : "Could not post the comment.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      {comments && comments.length === 0 ? <p className="text-sm text-muted-foreground">No comments yet.</p> : null}
      {comments && comments.length > 0 ? (
        <ol className="flex flex-col gap-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded-lg border p-3">
              <p className="text-xs text-muted-foreground">
                <span className="font-medium text-foreground">{c.author.name}</span> · <RelativeTime iso={c.createdAt} />
              </p>
              <div className="mt-1">{c.deletedAt ? <p className="text-sm italic text-muted-foreground">Comment deleted.</p> : <CommentBody segments={c.segments} />}</div>
            </li>
          ))}
        </ol>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      {canComment ? (
        <form
          className="flex flex-col gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Label htmlFor="cluster-comment">Comment on this cluster</Label>
          <Textarea id="cluster-comment" rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
          <Button type="submit" size="sm" className="self-start" disabled={busy || body.trim() === ""}>
            Post comment
          </Button>
        </form>
      ) : null}
    </div>
  );
}
