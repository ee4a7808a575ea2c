export const LOCAL_ID_PREFIX = "local-";

/** A client-side id for an annotation (or evidence row) the server has not created yet. */
export function localAnnotationId(): string {
  return `${LOCAL_ID_PREFIX}${crypto.randomUUID()}`;
}

export function isLocalId(id: string | undefined | null): boolean {
  return typeof id === "string" && id.startsWith(LOCAL_ID_PREFIX);
}
