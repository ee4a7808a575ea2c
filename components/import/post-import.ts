// POSTs an import request as JSON; resolves with the body and status, and
// turns network failures into a message instead of throwing.
export type PostResult<T> = { ok: true; status: number; body: T } | { ok: false; status: number; message: string; body: Partial<T> | null };

export async function postImport<T>(url: string, payload: unknown): Promise<PostResult<T>> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
    const body = (await response.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
    if (response.ok && body) return { ok: true, status: response.status, body };
    return { ok: false, status: response.status, message: body?.error?.message ?? `The request failed (HTTP ${response.status}).`, body };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Nothing was saved; try again.", body: null };
  }
}
