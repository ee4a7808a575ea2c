// How the annotation container is cut into pages (W3C Web Annotation
// Protocol §4.2-4.3). Pure: the route reads the query, the server layer
// the rows.

// Annotations per page: a page of full descriptions stays well under a
// megabyte, and a client walks a 10,000-annotation project in 100 requests.
export const W3C_PAGE_SIZE = 100;

export type ContainerView = "descriptions" | "iris";

/** The IRI of page `page` of the container, in one of its two views (the protocol gives each view its own pages). */
export function containerPageIri(containerIri: string, view: ContainerView, page: number): string {
  return view === "iris" ? `${containerIri}?iris=1&page=${page}` : `${containerIri}?page=${page}`;
}

/** Index of the last page: an empty container still has one (empty) page, so `first` and `last` always resolve. */
export function lastPageIndex(total: number, pageSize = W3C_PAGE_SIZE): number {
  return Math.max(0, Math.ceil(total / pageSize) - 1);
}

export type PageWindow = { page: number; startIndex: number; limit: number; prev: number | null; next: number | null; last: number };

/** Offsets and neighbours of one page, or null when the page is past the last one. */
export function pageWindow(total: number, page: number, pageSize = W3C_PAGE_SIZE): PageWindow | null {
  const last = lastPageIndex(total, pageSize);
  if (!Number.isInteger(page) || page < 0 || page > last) return null;
  return {
    page,
    startIndex: page * pageSize,
    limit: pageSize,
    prev: page > 0 ? page - 1 : null,
    next: page < last ? page + 1 : null,
    last,
  };
}
