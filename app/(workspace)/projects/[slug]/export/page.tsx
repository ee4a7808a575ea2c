import type { Metadata } from "next";
import { requirePageProjectAccess } from "@/lib/auth/require-page-project-access";
import { listMembers } from "@/lib/server/membership/list-members";
import { listLabels } from "@/lib/server/label/list-labels";
import { listApiTokens } from "@/lib/server/api-token/list-api-tokens";
import { PageContainer } from "@/components/shell/page-container";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ExportForm } from "@/components/export/export-form";
import { ApiTokensSection } from "@/components/api-tokens/api-tokens-section";
import { createApiTokenAction, revokeApiTokenAction } from "./token-actions";

export const metadata: Metadata = { title: "Export" };

type Props = { params: Promise<{ slug: string }> };

export default async function ExportPage({ params }: Props) {
  const { slug } = await params;
  const access = await requirePageProjectAccess(slug, "dataset.export");
  const { project, role } = access;
  const [members, labels, tokens] = await Promise.all([listMembers(access), listLabels(access), listApiTokens(access)]);
  const statuses = labels.filter((l) => l.kind === "VERIFICATION_STATUS").map((l) => ({ key: l.key, name: l.name }));
  // Viewers always get pseudonyms (lib/server/export/authorize-export.ts), so
  // they choose among pseudonymised names only; the form says so.
  const annotators = members.map((m) => ({ id: m.id, name: m.name }));

  return (
    <PageContainer width="narrow" className="space-y-8">
      <PageHeader
        title="Export"
        description={`Download ${project.name} as a dataset. Offsets in every format are Unicode code points into the exported text; each download comes with a manifest you can check it against.`}
      />
      <Card>
        <CardHeader>
          <CardTitle as="h2">Dataset</CardTitle>
          <CardDescription>Choose a format and what to include. Articles stay in the export even when a filter leaves them without annotations.</CardDescription>
        </CardHeader>
        <CardContent>
          <ExportForm slug={project.slug} annotators={annotators} statuses={statuses} forcePseudonyms={role === "VIEWER"} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">API tokens</CardTitle>
          <CardDescription>
            For scripts and the command line: send <code className="font-mono">Authorization: Bearer &lt;token&gt;</code> to the API. A token acts as you, with your role, and only you see your tokens.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ApiTokensSection
            tokens={tokens}
            createAction={createApiTokenAction.bind(null, project.slug)}
            revokeAction={revokeApiTokenAction.bind(null, project.slug)}
          />
        </CardContent>
      </Card>
    </PageContainer>
  );
}
