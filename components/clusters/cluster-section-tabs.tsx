import Link from "next/link";
import { cn } from "@/lib/cn";

// The two views of the cross-article work, under one nav entry.
export function ClusterSectionTabs({ projectSlug, current }: { projectSlug: string; current: "coverage" | "clusters" }) {
  const base = `/projects/${encodeURIComponent(projectSlug)}`;
  const tabs = [
    { key: "coverage", label: "Coverage matrix", href: `${base}/coverage` },
    { key: "clusters", label: "All clusters", href: `${base}/clusters` },
  ] as const;
  return (
    <nav aria-label="Clusters views" className="mb-6 border-b">
      <ul className="flex gap-4">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={cn(
                "inline-block border-b-2 px-1 pb-2 text-sm font-medium",
                tab.key === current ? "border-primary text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
