import type { NotificationDTO } from "@/lib/review/review-dto";

const decisions: Record<string, string> = { ACCEPT: "accepted", REJECT: "rejected", REQUEST_CHANGES: "requested changes on" };

// "Ann accepted your claim" — what happened, in words, for the inbox. Pure.
export function describeNotification(n: NotificationDTO): string {
  const who = n.actor?.name ?? "Someone";
  switch (n.kind) {
    case "REVIEW": {
      const verb = decisions[String(n.payload.decision)] ?? "reviewed";
      return `${who} ${verb} your annotation`;
    }
    case "MENTION":
      return `${who} mentioned you`;
    case "REPLY":
      return `${who} replied to you`;
    case "ASSIGNMENT":
      return `${who} assigned you an article`;
  }
}
