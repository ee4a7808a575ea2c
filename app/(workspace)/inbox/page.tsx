import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/server/notification/list-notifications";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { InboxList } from "@/components/inbox/inbox-list";
import { PendingInvitations } from "@/components/inbox/pending-invitations";
import { listPendingInvitations } from "@/lib/server/invite/list-pending-invitations";
import { WorkspaceShell } from "../_components/workspace-shell";

export const metadata: Metadata = { title: "Inbox" };

// Invitations waiting for an answer, and what happened to one's work across
// projects: review decisions, mentions, replies.
export default async function InboxPage() {
  const user = await requireUser();
  const [inbox, invitations] = await Promise.all([listNotifications(user.id), listPendingInvitations(user)]);
  return (
    <WorkspaceShell>
      <PageContainer width="narrow">
        <PageHeader title="Inbox" description="Invitations to projects, review decisions on your annotations, and comments that mention or reply to you." />
        <PendingInvitations initial={invitations} />
        <InboxList initial={inbox} />
      </PageContainer>
    </WorkspaceShell>
  );
}
