import type { Metadata } from "next";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { listMembers } from "@/lib/server/membership/list-members";
import { listOpenInvites } from "@/lib/server/invite/list-open-invites";
import { listLabelSchema } from "@/lib/server/label/list-label-schema";
import { formatDate } from "@/lib/format/format-date";
import { can, roleLabels } from "@/lib/auth/permissions";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { MemberRoleControl } from "./_components/member-role-control";
import { AddMemberForm } from "./_components/add-member-form";
import { InviteForm } from "./_components/invite-form";
import { RevokeInviteButton } from "./_components/revoke-invite-button";
import { LabelSchema } from "./_components/label-schema";
import { getAssignmentSettings } from "@/lib/server/assignment/get-assignment-settings";
import { AssignmentSettingsForm } from "@/components/assignment/assignment-settings-form";
import { requireProjectAccess } from "@/lib/server/project/require-project-access";
import { getPredictionService } from "@/lib/server/project/get-prediction-service";
import { PredictionServiceForm } from "./_components/prediction-service-form";
import { getProjectLicense } from "@/lib/server/project/get-project-license";
import { DatasetLicenseForm } from "./_components/dataset-license-form";

export const metadata: Metadata = { title: "Project settings" };

type Props = { params: Promise<{ slug: string }> };

export default async function SettingsPage({ params }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug, "members.manage");
  const { project, user, role, allowed: canManage } = access;
  const [members, invites, labels, workflow, license] = await Promise.all([
    listMembers(access),
    canManage ? listOpenInvites(access) : Promise.resolve([]),
    listLabelSchema(access),
    getAssignmentSettings(access),
    getProjectLicense(access),
  ]);
  const prediction = can(role, "project.manage") ? await getPredictionService(await requireProjectAccess(user.id, project.slug, "project.manage")) : null;

  return (
    <PageContainer width="narrow" className="space-y-8">
      <PageHeader title="Settings" description={`Team and label schema of ${project.name}.`} />

      <Card>
        <CardHeader>
          <CardTitle as="h2">Members</CardTitle>
          <CardDescription>
            Owners manage the team and labels; reviewers accept and edit anyone&apos;s tags; annotators tag; viewers read.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <Table aria-label="Members">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">Name</TableHead>
                <TableHead scope="col">Email</TableHead>
                <TableHead scope="col">Role</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((m) => (
                <TableRow key={m.id}>
                  <TableCell className="font-medium">{m.name}{m.id === user.id ? " (you)" : ""}</TableCell>
                  <TableCell>{m.email}</TableCell>
                  <TableCell>
                    {canManage ? (
                      <MemberRoleControl slug={project.slug} userId={m.id} name={m.name} role={m.role} />
                    ) : (
                      roleLabels[m.role]
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>

      {canManage ? (
        <>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Invite by link</CardTitle>
              <CardDescription>The link works once and expires. Bind it to an email address to be sure who uses it.</CardDescription>
            </CardHeader>
            <CardContent className="space-y-4">
              <InviteForm slug={project.slug} />
              {invites.length > 0 ? (
                <ul className="divide-y rounded-md border text-sm" aria-label="Open invites">
                  {invites.map((invite) => (
                    <li key={invite.id} className="flex items-center justify-between gap-3 px-3 py-2">
                      <span>
                        {roleLabels[invite.role]} · {invite.email ?? "anyone with the link"} · expires {formatDate(invite.expiresAt)}
                      </span>
                      <RevokeInviteButton slug={project.slug} inviteId={invite.id} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Add a colleague</CardTitle>
              <CardDescription>Invites a colleague by email; they join when they accept in their inbox. An address without an account gets one with the first password you hand over.</CardDescription>
            </CardHeader>
            <CardContent>
              <AddMemberForm slug={project.slug} />
            </CardContent>
          </Card>
        </>
      ) : null}

      {can(role, "project.manage") ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Dataset license</CardTitle>
            <CardDescription>The license exports are released under, as an SPDX id.</CardDescription>
          </CardHeader>
          <CardContent>
            <DatasetLicenseForm slug={project.slug} license={license} />
          </CardContent>
        </Card>
      ) : null}

      {can(role, "project.manage") ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Workflow</CardTitle>
            <CardDescription>How articles are annotated: independently (blind) or in the open, and by how many people.</CardDescription>
          </CardHeader>
          <CardContent>
            <AssignmentSettingsForm projectSlug={project.slug} {...workflow} />
          </CardContent>
        </Card>
      ) : null}

      {prediction ? (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Suggestions: your own model</CardTitle>
            <CardDescription>
              Suggestions come from the entity registry and offline taggers built in; a prediction service adds its own (spaCy, a transformer, an LLM…), labelled with the model&apos;s name.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <PredictionServiceForm projectSlug={project.slug} {...prediction} />
          </CardContent>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle as="h2">Label schema</CardTitle>
          <CardDescription>Claim types, entity types (with their 1–9 keys) and verification statuses used in this project.</CardDescription>
        </CardHeader>
        <CardContent>
          <LabelSchema slug={project.slug} labels={labels} canManage={can(role, "labels.manage")} />
        </CardContent>
      </Card>
    </PageContainer>
  );
}
