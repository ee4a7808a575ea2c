import type { AnnotationDTO } from "@/lib/annotations/annotation-dto";

/** Whose annotations are drawn and listed: everyone's, only mine, one annotator's, or the adjudicated gold layer. */
export type AnnotationLayer = { kind: "everyone" } | { kind: "mine" } | { kind: "author"; authorId: string } | { kind: "gold" };

export function inLayer(annotation: AnnotationDTO, layer: AnnotationLayer, currentUserId: string): boolean {
  if (layer.kind === "everyone") return true;
  if (layer.kind === "gold") return annotation.isGold;
  if (layer.kind === "mine") return annotation.author.id === currentUserId;
  return annotation.author.id === layer.authorId;
}

/** Everyone who has annotations here, the current user first, then by name. */
export function annotatorsOf(annotations: readonly AnnotationDTO[], currentUser: { id: string; name: string }) {
  const byId = new Map<string, string>([[currentUser.id, currentUser.name]]);
  for (const annotation of annotations) if (!byId.has(annotation.author.id)) byId.set(annotation.author.id, annotation.author.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => (a.id === currentUser.id ? -1 : b.id === currentUser.id ? 1 : a.name.localeCompare(b.name)));
}
