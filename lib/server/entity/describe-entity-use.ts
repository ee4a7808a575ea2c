const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// "2 entity mentions and 1 claim", for the message that refuses a delete.
export function describeEntityUse(mentions: number, claims: number): string {
  const parts = [mentions > 0 ? plural(mentions, "entity mention", "entity mentions") : null, claims > 0 ? plural(claims, "claim", "claims") : null];
  return parts.filter(Boolean).join(" and ");
}
