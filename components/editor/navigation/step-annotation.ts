/**
 * The annotation J (next) or K (previous) moves to in `ordered` (the list as
 * shown): from the selected one, or from the first or last when nothing is
 * selected; it stops at the ends rather than wrapping, so holding J never
 * jumps back to the top unnoticed.
 */
export function stepAnnotation(ordered: readonly { id: string }[], selectedId: string | null, direction: 1 | -1): string | null {
  if (ordered.length === 0) return null;
  const at = selectedId === null ? -1 : ordered.findIndex((a) => a.id === selectedId);
  if (at === -1) return (direction === 1 ? ordered[0] : ordered[ordered.length - 1])!.id;
  const next = Math.min(ordered.length - 1, Math.max(0, at + direction));
  return ordered[next]!.id;
}
