"use client";

import { useEffect, useState } from "react";
import { apiRequest } from "@/components/api-client/api-request";

type Gap = { property: string; message: string };
type GapItem = { url: string; annotationId: string; clusterId: string | null; claimReviewed: string; gaps: Gap[] };
type Gaps = { reviews: number; incomplete: number; items: GapItem[] };

type State = { status: "loading" } | { status: "failed"; message: string } | ({ status: "ready" } & Gaps);

/**
 * Before a ClaimReview download: the reviews it will hold that miss Google's
 * recommended properties (no claimant, an article without url, a claim
 * without summary or public explanation, …), each linking to the claim or
 * cluster to fix. `url` is the export's `part=gaps` request with the form's
 * filters, so the list matches the download.
 */
export function ClaimReviewGaps({ url }: { url: string }) {
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      setState({ status: "loading" });
      try {
        setState({ status: "ready", ...(await apiRequest<Gaps>(url, { signal: abort.signal })) });
      } catch (error) {
        if (!abort.signal.aborted) setState({ status: "failed", message: error instanceof Error ? error.message : "Could not check the reviews." });
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [url]);

  return (
    <section className="space-y-2 rounded-md border p-4 text-sm" aria-labelledby="claimreview-gaps-title" data-testid="claimreview-gaps">
      <h2 id="claimreview-gaps-title" className="font-medium">Missing recommended properties</h2>
      {state.status === "loading" ? <p className="text-muted-foreground">Checking the reviews…</p> : null}
      {state.status === "failed" ? <p role="alert" className="text-destructive">{state.message}</p> : null}
      {state.status === "ready" ? (
        <>
          <p className="text-muted-foreground" aria-live="polite">
            {state.reviews === 0
              ? "No claim in this selection has a verdict: the export will be empty."
              : state.incomplete === 0
                ? `All ${state.reviews} reviews carry every recommended property.`
                : `${state.incomplete} of ${state.reviews} reviews miss recommended properties. They still export; Google may show less of them.`}
          </p>
          {state.items.length > 0 ? (
            <ul className="max-h-80 space-y-3 overflow-y-auto">
              {state.items.map((item) => (
                <li key={item.clusterId ?? item.annotationId}>
                  <a className="font-medium underline-offset-2 hover:underline" href={relativeUrl(item.url)}>
                    {item.clusterId ? "Cluster: " : ""}{item.claimReviewed}
                  </a>
                  <ul className="ml-4 list-disc text-muted-foreground">
                    {item.gaps.map((gap) => (
                      <li key={`${gap.property}:${gap.message}`}><code>{gap.property}</code>: {gap.message}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          ) : null}
          {state.items.length < state.incomplete ? <p className="text-muted-foreground">Showing the first {state.items.length}.</p> : null}
        </>
      ) : null}
    </section>
  );
}

// Review urls are built on the public address; inside the app, link by path.
function relativeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}
