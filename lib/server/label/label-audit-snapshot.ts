import type { Label } from "@/lib/generated/prisma/client";

// What the audit log keeps of a label before and after a change: every field
// an owner can see, none of the bookkeeping.
export function labelAuditSnapshot(label: Label) {
  return {
    kind: label.kind,
    key: label.key,
    name: label.name,
    description: label.description,
    color: label.color,
    position: label.position,
    rating: label.rating,
    hotkey: label.hotkey,
    archivedAt: label.archivedAt?.toISOString() ?? null,
  };
}
