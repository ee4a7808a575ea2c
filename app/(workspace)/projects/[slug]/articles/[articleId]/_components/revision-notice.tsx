import Link from "next/link";
import { CheckCircle2Icon, TriangleAlertIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ORPHANED_LIST_HASH } from "@/components/editor/list/orphaned-list-hash";

type Props = {
  /** The revision the correction created, and how many annotations it could not place. */
  revised: { revision: number; orphaned: number };
  articleHref: string;
};

/**
 * Shown once on the article page after the revise form saves a correction
 * (it redirects here with `?revised=<revision>&orphaned=<n>`). With orphans
 * it says so first and links to them: they need a person to re-attach them.
 */
export function RevisionNotice({ revised, articleHref }: Props) {
  const { revision, orphaned } = revised;
  const many = orphaned === 1 ? "1 annotation" : `${orphaned.toLocaleString("en")} annotations`;
  return (
    <Alert role="status" variant={orphaned > 0 ? "warning" : "success"} className="mt-4 max-w-[70ch]" data-testid="revision-notice">
      {orphaned > 0 ? <TriangleAlertIcon aria-hidden="true" /> : <CheckCircle2Icon aria-hidden="true" />}
      <AlertTitle>Text corrected: this is revision {revision}.</AlertTitle>
      <AlertDescription>
        {orphaned > 0 ? (
          <p>
            {many} could not be placed on the new text and {orphaned === 1 ? "is" : "are"} listed as orphaned.{" "}
            <a className="font-medium underline underline-offset-2" href={`#${ORPHANED_LIST_HASH}`}>
              Re-attach orphaned annotations
            </a>
          </p>
        ) : (
          <p>Every annotation was carried over to the new text.</p>
        )}
        <Link className="text-xs text-muted-foreground underline underline-offset-2" href={articleHref} replace>
          Dismiss
        </Link>
      </AlertDescription>
    </Alert>
  );
}
