import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findOpenInvite } from "@/lib/server/invite/find-open-invite";
import { roleLabels } from "@/lib/auth/permissions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AcceptInvite } from "./_components/accept-invite";

export const metadata: Metadata = { title: "Invitation" };

type Props = { params: Promise<{ token: string }> };

// Reachable without a session (it is how new colleagues get an account), but
// it reveals nothing unless the token is a valid, open invite.
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const [invite, user] = await Promise.all([findOpenInvite(token), getCurrentUser()]);
  if (!invite) {
    return (
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-2xl">Invite not valid</CardTitle>
          <CardDescription>This link is invalid, has been used, or has expired. Ask the project owner for a new one.</CardDescription>
        </CardHeader>
        <CardContent>
          <Link className="underline" href="/sign-in">Go to sign-in</Link>
        </CardContent>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-2xl">Join {invite.project.name}</CardTitle>
        <CardDescription>
          You are invited as <strong>{roleLabels[invite.role]}</strong>
          {invite.email ? <> ({invite.email})</> : null}.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <AcceptInvite token={token} signedInAs={user?.email ?? null} invitedEmail={invite.email} />
      </CardContent>
    </Card>
  );
}
