// Label.updatedAt doubles as the optimistic-lock token (the model has no
// version column). Timestamps keep milliseconds only, so two saves within one
// millisecond would leave the token unchanged and a stale edit would slip
// through; the new value is therefore always later than the one replaced.
export function nextLabelVersion(current: Date): Date {
  return new Date(Math.max(Date.now(), current.getTime() + 1));
}
