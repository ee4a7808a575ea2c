/** The share of annotations a reviewer has decided (or that are gold), as a bar and in words. */
export function ReviewedShare({ reviewed, total }: { reviewed: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((reviewed / total) * 100);
  return (
    <div className="space-y-2">
      <p className="text-3xl font-semibold tabular-nums" data-testid="reviewed-share">
        {percent}%
      </p>
      <div
        role="progressbar"
        aria-label="Annotations reviewed"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${reviewed} of ${total} annotations reviewed`}
        className="h-2 w-full overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full rounded-full bg-success" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-muted-foreground">
        {reviewed} of {total} annotations reviewed
      </p>
    </div>
  );
}
