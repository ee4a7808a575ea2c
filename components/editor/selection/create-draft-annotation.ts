import type { AnnotationDTO, AnnotationKindDTO } from "@/lib/annotations/annotation-dto";
import type { CodePointIndex } from "@/lib/anchoring/types";
import { localAnnotationId } from "@/components/editor/store/local-annotation-id";
import { quoteInIndex } from "./quote-in-index";

export type DraftInput = {
  kind: AnnotationKindDTO;
  /** Code-point offsets into the article's canonical text, half-open. */
  start: number;
  end: number;
  index: CodePointIndex;
  articleId: string;
  revision: number;
  author: { id: string; name: string };
  /** The status new claims start with (the project's "unverified"), if any. */
  defaultStatusId: string | null;
  entityTypeId?: string | null;
  now?: Date;
};

/**
 * A new annotation as the editor shows it before the server has it: the
 * covered text and 32 code points of context either side (the W3C
 * TextQuoteSelector the server checks against the text), a local id, and
 * the defaults the server would give.
 */
export function createDraftAnnotation(input: DraftInput): AnnotationDTO {
  const { kind, start, end, index } = input;
  const quote = quoteInIndex(index, start, end);
  const at = (input.now ?? new Date()).toISOString();
  const isClaim = kind === "CLAIM";
  return {
    id: localAnnotationId(),
    articleId: input.articleId,
    revision: input.revision,
    kind,
    start,
    end,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    anchorState: "ANCHORED",
    author: input.author,
    claimTypeId: null,
    statusId: isClaim ? input.defaultStatusId : null,
    checkWorthiness: null,
    confidence: null,
    textChangedAfterVerdict: false,
    summary: "",
    verdictExplanation: "",
    entities: [],
    evidence: [],
    entityId: null,
    entityTypeId: isClaim ? null : (input.entityTypeId ?? null),
    note: "",
    reviewState: "PENDING",
    isGold: false,
    version: 1,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}
