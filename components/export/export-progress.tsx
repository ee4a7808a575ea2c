"use client";

import { Button } from "@/components/ui/button";
import { formatBytes } from "./format-bytes";

/**
 * Progress of a running download: a determinate bar when the format writes
 * one line per article (lines received of the estimated articles), else an
 * indeterminate one; bytes received either way; Cancel aborts the request.
 */
export function ExportProgress({ bytes, lines, expectedLines, onCancel }: { bytes: number; lines: number; expectedLines: number | null; onCancel: () => void }) {
  const known = expectedLines !== null && expectedLines > 0;
  const value = known ? Math.min(lines, expectedLines) : undefined;
  return (
    <div className="space-y-2" data-testid="export-progress">
      <progress className="h-2 w-full accent-primary" max={known ? expectedLines : undefined} value={value} aria-label="Export progress" />
      <div className="flex items-center justify-between gap-4 text-sm text-muted-foreground" aria-live="polite">
        <span>
          {formatBytes(bytes)} received{known ? ` · ${value} of ${expectedLines} articles` : ""}
        </span>
        <Button type="button" variant="outline" size="sm" onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
