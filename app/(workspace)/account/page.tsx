import type { Metadata } from "next";
import { db } from "@/lib/db";
import { requireUser } from "@/lib/auth/current-user";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { WorkspaceShell } from "../_components/workspace-shell";
import { ChangePasswordForm } from "./_components/change-password-form";
import { SignOutEverywhereButton } from "./_components/sign-out-everywhere-button";

export const metadata: Metadata = { title: "Account" };

// One's own account: password and sessions.
export default async function AccountPage() {
  const user = await requireUser();
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  return (
    <WorkspaceShell>
      <PageContainer width="narrow" className="space-y-8">
        <PageHeader title="Account" description={`Signed in as ${user.name} (${user.email}).`} />
        <Card>
          <CardHeader>
            <CardTitle as="h2">Password</CardTitle>
            <CardDescription>
              {account.passwordHash ? "Change the password you sign in with." : "This account signs in through GitHub or Google and has no password."}
            </CardDescription>
          </CardHeader>
          {account.passwordHash ? (
            <CardContent>
              <ChangePasswordForm />
            </CardContent>
          ) : null}
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Sessions</CardTitle>
            <CardDescription>
              Ends every session of this account on every device and browser, this one included. Use it after signing in on a shared
              computer or if you think someone else is signed in as you. API tokens are managed on a project&apos;s Export page.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <SignOutEverywhereButton />
          </CardContent>
        </Card>
      </PageContainer>
    </WorkspaceShell>
  );
}
