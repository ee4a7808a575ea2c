import type { ClusterDTO } from "@/lib/clusters/cluster-dto";

const kindNames = { date: "Date", number: "Number", entity: "Name", other: "Detail" } as const;

// The flagged contradictions: what differs, and each member's words for it.
export function ClusterDifferences({ cluster }: { cluster: ClusterDTO }) {
  if (cluster.differences.length === 0) {
    return cluster.members.length > 1 ? (
      <p className="text-sm text-muted-foreground" data-testid="no-differences">
        No contradicting dates, numbers or names between the members.
      </p>
    ) : null;
  }
  const outletOf = (memberId: string) => {
    const m = cluster.members.find((x) => x.id === memberId);
    return m ? m.outlet || m.articleTitle : "A member";
  };
  return (
    <section aria-labelledby="cluster-differences" className="rounded-xl border border-rose-300 bg-rose-50 p-4 dark:border-rose-800 dark:bg-rose-950/40">
      <h2 id="cluster-differences" className="text-base font-semibold text-rose-900 dark:text-rose-100">
        {cluster.differences.length === 1 ? "1 contradiction" : `${cluster.differences.length} contradictions`} between outlets
      </h2>
      <ul className="mt-2 flex flex-col gap-2" data-testid="cluster-differences">
        {cluster.differences.map((d, i) => (
          <li key={i} className="text-sm">
            <span className="mr-2 rounded bg-rose-200 px-1.5 py-0.5 text-xs font-semibold text-rose-950 dark:bg-rose-900 dark:text-rose-50">{kindNames[d.kind]}</span>
            <span>{d.description}</span>
            <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs">
              {d.sides.map((s) => (
                <span key={`${s.memberId}:${s.start}`}>
                  {outletOf(s.memberId)}: <mark className="rounded-sm bg-rose-200 px-0.5 font-medium text-rose-950 dark:bg-rose-900 dark:text-rose-50">{s.words}</mark>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
