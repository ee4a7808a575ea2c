import { containerPageIri, lastPageIndex, type ContainerView } from "./annotation-container-pages";
import type { ContainerPreference } from "./parse-prefer";

export type ContainerFacts = {
  containerIri: string;
  label: string;
  total: number;
  // Latest change among the annotations it holds (ISO 8601), or null when empty.
  modified: string | null;
};

export type PageContent = { items: unknown[]; startIndex: number; prev: number | null; next: number | null };

const ldpContext = ["http://www.w3.org/ns/anno.jsonld", "http://www.w3.org/ns/ldp.jsonld"];

/**
 * The container (Protocol §4.2): both an ldp:BasicContainer and an
 * AnnotationCollection, with `total`, `first` and `last`. Minimal: `first`
 * and `last` are page IRIs. Otherwise `first` embeds page 0 (`firstPage`)
 * in the view the client preferred, IRIs or full descriptions.
 */
export function buildW3cContainer(facts: ContainerFacts, preference: ContainerPreference, firstPage: PageContent | null): Record<string, unknown> {
  const view: ContainerView = preference.view;
  const page = (n: number) => containerPageIri(facts.containerIri, view, n);
  const head = {
    "@context": ldpContext,
    id: facts.containerIri,
    type: ["BasicContainer", "AnnotationCollection"],
    label: facts.label,
    total: facts.total,
    ...(facts.modified ? { modified: facts.modified } : {}),
  };
  const last = page(lastPageIndex(facts.total));
  if (preference.minimal || !firstPage) return { ...head, first: page(0), last };
  return {
    ...head,
    first: { id: page(0), type: "AnnotationPage", startIndex: firstPage.startIndex, ...links(page, firstPage), items: firstPage.items },
    last,
  };
}

/** One page on its own (Protocol §4.3): `partOf` names the container with its total. */
export function buildW3cPage(facts: ContainerFacts, view: ContainerView, pageIndex: number, content: PageContent): Record<string, unknown> {
  const page = (n: number) => containerPageIri(facts.containerIri, view, n);
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: page(pageIndex),
    type: "AnnotationPage",
    partOf: { id: facts.containerIri, total: facts.total, ...(facts.modified ? { modified: facts.modified } : {}) },
    startIndex: content.startIndex,
    ...links(page, content),
    items: content.items,
  };
}

function links(page: (n: number) => string, content: PageContent): Record<string, string> {
  return {
    ...(content.prev !== null ? { prev: page(content.prev) } : {}),
    ...(content.next !== null ? { next: page(content.next) } : {}),
  };
}
