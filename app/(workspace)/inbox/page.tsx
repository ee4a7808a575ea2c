import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { listNotifications } from "@/lib/server/notification/list-notifications";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { InboxList } from "@/components/inbox/inbox-list";
import { WorkspaceShell } from "../_components/workspace-shell";

export const metadata: Metadata = { title: "Inbox" };

// What happened to one's work across projects: review decisions, mentions, replies.
export default async function InboxPage() {
  const user = await requireUser();
  const inbox = await listNotifications(user.id);
  return (
    <WorkspaceShell>
      <PageContainer width="narrow">
        <PageHeader title="Inbox" description="Review decisions on your annotations, and comments that mention or reply to you." />
        <InboxList initial={inbox} />
      </PageContainer>
    </WorkspaceShell>
  );
}
