import type { AnnotationDTO, ConflictBody, CreateAnnotationInput, UpdateAnnotationInput } from "@/lib/annotations/annotation-dto";

/**
 * Why a request did not succeed, as the save logic needs to know it:
 * "network" and "server" are worth retrying as they are; "conflict" carries
 * the stored state that won; "rejected" is an answer the server would give
 * again (bad input, no permission), shown to the person as it is.
 */
export type ApiFailure = {
  kind: "network" | "server" | "conflict" | "rejected";
  status: number | null;
  message: string;
  current?: AnnotationDTO;
};

export type ApiResult = { ok: true; annotation: AnnotationDTO } | { ok: false; failure: ApiFailure };

export type AnnotationApi = {
  create(input: CreateAnnotationInput): Promise<ApiResult>;
  update(id: string, input: UpdateAnnotationInput): Promise<ApiResult>;
  remove(id: string, version: number): Promise<ApiResult>;
  restore(id: string, version: number): Promise<ApiResult>;
};

// A request to a server that stopped answering must fail (and be retried)
// rather than hang with the person's change in it.
const TIMEOUT_MS = 20_000;

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function messageOf(body: unknown, fallback: string): string {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === "string" ? error.message : fallback;
}

export async function classifyResponse(response: Response): Promise<ApiResult> {
  const body = await readBody(response);
  if (response.ok) {
    const annotation = (body as { annotation?: AnnotationDTO } | null)?.annotation;
    if (annotation) return { ok: true, annotation };
    return { ok: false, failure: { kind: "server", status: response.status, message: "The server's answer could not be read." } };
  }
  const status = response.status;
  if (status === 409 && (body as ConflictBody | null)?.current) {
    return { ok: false, failure: { kind: "conflict", status, message: messageOf(body, "Changed by someone else."), current: (body as ConflictBody).current } };
  }
  if (status >= 500 || status === 408 || status === 429) {
    return { ok: false, failure: { kind: "server", status, message: messageOf(body, `The server could not save this (HTTP ${status}).`) } };
  }
  if (status === 401) {
    return { ok: false, failure: { kind: "rejected", status, message: "Your session has ended. Sign in again (in another tab), then retry." } };
  }
  return { ok: false, failure: { kind: "rejected", status, message: messageOf(body, `The server refused this change (HTTP ${status}).`) } };
}

/** The annotation endpoints of one article, answering instead of throwing. */
export function createAnnotationApi(projectSlug: string, articleId: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): AnnotationApi {
  const project = `/api/projects/${encodeURIComponent(projectSlug)}`;
  const send = async (url: string, init: RequestInit): Promise<ApiResult> => {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        ...init,
        headers: { "content-type": "application/json", accept: "application/json" },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      return { ok: false, failure: { kind: "network", status: null, message: "Not saved: the server cannot be reached. Retrying…" } };
    }
    return classifyResponse(response);
  };
  const annotationUrl = (id: string) => `${project}/annotations/${encodeURIComponent(id)}`;
  return {
    create: (input) =>
      send(`${project}/articles/${encodeURIComponent(articleId)}/annotations`, { method: "POST", body: JSON.stringify(input) }),
    update: (id, input) => send(annotationUrl(id), { method: "PATCH", body: JSON.stringify(input) }),
    remove: (id, version) => send(`${annotationUrl(id)}?version=${version}`, { method: "DELETE" }),
    restore: (id, version) => send(`${annotationUrl(id)}/restore`, { method: "POST", body: JSON.stringify({ version }) }),
  };
}
