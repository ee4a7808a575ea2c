"use client";

import Link from "next/link";
import { useState, useSyncExternalStore, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { roleLabels } from "@/lib/auth/permissions";
import type { PendingInvitation } from "@/lib/server/invite/list-pending-invitations";
import { acceptInvitationAction, declineInvitationAction } from "@/app/(workspace)/inbox/actions";

const noSubscription = () => () => undefined;

type Answer = { state: "accepted"; projectSlug: string } | { state: "declined" };

// Invitations to join projects, answered here: nobody becomes a member of a
// project without accepting.
export function PendingInvitations({ initial }: { initial: PendingInvitation[] }) {
  // Kept as first rendered: an answer refreshes the page's server data (the
  // project switcher learns of the new project), and the answered line should
  // stay with its outcome instead of vanishing.
  const [items] = useState(initial);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // A click before hydration would be lost; keep the buttons off until then.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  if (items.length === 0) return null;

  function answer(invitation: PendingInvitation, accept: boolean) {
    setError(null);
    startTransition(async () => {
      if (accept) {
        const result = await acceptInvitationAction(invitation.id);
        if (result.ok) setAnswers((a) => ({ ...a, [invitation.id]: { state: "accepted", projectSlug: result.data.projectSlug } }));
        else setError(result.error);
      } else {
        const result = await declineInvitationAction(invitation.id);
        if (result.ok) setAnswers((a) => ({ ...a, [invitation.id]: { state: "declined" } }));
        else setError(result.error);
      }
    });
  }

  return (
    <section aria-labelledby="invitations-heading" className="mb-8 space-y-3">
      <h2 id="invitations-heading" className="text-lg font-semibold">Invitations</h2>
      {error ? (
        <p className="text-sm text-destructive" role="alert" data-slot="alert">{error}</p>
      ) : null}
      <ul className="divide-y rounded-lg border bg-card" aria-label="Invitations" data-testid="invitation-list">
        {items.map((invitation) => {
          const done = answers[invitation.id];
          return (
            <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <p className="text-sm">
                <span className="font-medium">{invitation.invitedBy}</span> invites you to join{" "}
                <span className="font-medium">{invitation.project.name}</span> as {roleLabels[invitation.role].toLowerCase()}.
              </p>
              {done?.state === "accepted" ? (
                <p className="text-sm" role="status">
                  Joined. <Link className="underline" href={`/projects/${encodeURIComponent(done.projectSlug)}`}>Open {invitation.project.name}</Link>
                </p>
              ) : done?.state === "declined" ? (
                <p className="text-sm text-muted-foreground" role="status">Declined.</p>
              ) : (
                <span className="flex gap-2">
                  <Button size="sm" disabled={pending || !hydrated} onClick={() => answer(invitation, true)} aria-label={`Accept invitation to ${invitation.project.name}`}>
                    Accept
                  </Button>
                  <Button size="sm" variant="outline" disabled={pending || !hydrated} onClick={() => answer(invitation, false)} aria-label={`Decline invitation to ${invitation.project.name}`}>
                    Decline
                  </Button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
