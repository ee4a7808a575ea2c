"use client";

import { useEffect, useState } from "react";
import { apiRequest } from "@/components/api-client/api-request";

type ArticleRow = { id: string; title: string; outlet: string };

// "Outlet — title" per article id, for naming where a candidate is. Loaded
// once per dialog; a failure leaves names out rather than blocking the list.
export function useArticleNames(projectSlug: string): Map<string, string> {
  const [names, setNames] = useState<Map<string, string>>(() => new Map());
  useEffect(() => {
    let stale = false;
    apiRequest<{ articles: ArticleRow[] }>(`/api/projects/${encodeURIComponent(projectSlug)}/articles`).then(
      ({ articles }) => !stale && setNames(new Map(articles.map((a) => [a.id, a.outlet ? `${a.outlet} — ${a.title}` : a.title]))),
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [projectSlug]);
  return names;
}
