import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";
import type { AnnotationStore } from "@/components/editor/store/create-annotation-store";
import { LIVE_EVENT_NAME, type LiveMessage } from "./live-message";

export type LiveApplier = {
  receive(message: LiveMessage): void;
  dispose(): void;
};

const creatingLocally = (store: AnnotationStore) => Object.values(store.getState().records).some((r) => r.server === null && !r.wantDeleted);

/**
 * Applies events from the article's stream to the editor store and tells
 * the rest of the page (window event `claimdesk:live-event`). A change that
 * arrives while our own request for that annotation is in flight waits for
 * its answer; an annotation this person just created waits until their
 * create is answered (it may be the echo of it, known then by its id). A
 * revision of the article's text is announced: the page must reload for it.
 */
export type LiveApplierOptions = {
  userId: string;
  /** The revision of the text on screen: a newer one is announced through onNotice. */
  articleRevision: number;
  onNotice: (message: string) => void;
  target?: EventTarget;
};

export function createLiveApplier(store: AnnotationStore, options: LiveApplierOptions): LiveApplier {
  const { userId, onNotice, target = window } = options;
  let shownRevision = options.articleRevision;
  const waiting = new Map<string, AnnotationDTO>();

  const apply = (annotation: AnnotationDTO, ownCreate: boolean) => {
    if (ownCreate && creatingLocally(store)) return waiting.set(annotation.id, annotation);
    if (store.applyRemote(annotation) === "deferred") waiting.set(annotation.id, annotation);
  };

  const retryWaiting = () => {
    if (waiting.size === 0) return;
    const creating = creatingLocally(store);
    for (const [id, annotation] of [...waiting]) {
      const record = store.getState().records[id];
      if (record?.sending || (!record && creating)) continue;
      waiting.delete(id);
      store.applyRemote(annotation);
    }
  };
  const unsubscribe = store.subscribe(retryWaiting);

  return {
    receive({ event, annotation }) {
      if (annotation && annotation.articleId === event.articleId) {
        const newer = waiting.get(annotation.id);
        if (!newer || newer.version < annotation.version) {
          waiting.delete(annotation.id);
          apply(annotation, event.type === "annotation.created" && event.actorId === userId);
        }
      }
      // Annotations were re-anchored to new text this page does not have.
      const revision = event.payload.revision;
      if (event.type === "article.revised" && typeof revision === "number" && revision > shownRevision) {
        shownRevision = revision;
        onNotice(`Someone revised this article's text (revision ${revision}). Reload the page to annotate the new text.`);
      }
      target.dispatchEvent(new CustomEvent(LIVE_EVENT_NAME, { detail: event }));
    },
    dispose() {
      unsubscribe();
      waiting.clear();
    },
  };
}
