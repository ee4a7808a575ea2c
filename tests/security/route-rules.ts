import type { ProjectAction } from "@/lib/auth/permissions";

/**
 * Who may call each route handler method and server action. Every export
 * found under app/ must be listed here (tests/unit/security/route-rules.test.ts
 * walks the tree), so a new route or action fails the tests until its rule
 * is declared; tests/integration/security/permissions-matrix.test.ts then
 * calls every API method as each kind of person and token.
 *
 * - public: anyone, signed in or not (next-auth's own routes, first-run setup, invites).
 * - signed-in: any signed-in person or token, no project involved.
 * - project: members whose role can(role, action); non-members get 404.
 *   `item` narrows it: "own" — annotators only on their own annotation, entity
 *   or cluster (reviewers and owners on any); "author" — only the comment's
 *   author or the background job's starter; "assignee" — only the person the article is assigned to;
 *   "not-own" — anyone the action allows except whoever made the item (nobody
 *   reviews a cluster membership they added).
 * - session: like project, but API tokens are refused (tokens cannot manage tokens).
 */
export type AccessRule =
  | { kind: "public"; why: string }
  | { kind: "signed-in" }
  | { kind: "project"; action: ProjectAction; item?: "own" | "author" | "assignee" | "not-own" }
  | { kind: "session"; action: ProjectAction };

const view: AccessRule = { kind: "project", action: "project.view" };

// "METHOD /url/pattern" for route handlers, "action <file>#<export>" for server actions.
export const routeRules: Record<string, AccessRule> = {
  "GET /api/auth/[...nextauth]": { kind: "public", why: "next-auth's sign-in, callback and session endpoints" },
  "POST /api/auth/[...nextauth]": { kind: "public", why: "next-auth's sign-in, callback and session endpoints (its own CSRF token)" },
  "GET /api/health": { kind: "public", why: "liveness probe for load balancers: says the process answers, reads nothing" },
  "GET /api/ready": { kind: "public", why: "readiness probe: database reachable and migrations current, no data" },
  "GET /api/inbox": { kind: "signed-in" },
  "POST /api/inbox/read": { kind: "signed-in" },
  "GET /api/projects": { kind: "signed-in" },
  "POST /api/projects": { kind: "signed-in" },
  "GET /api/projects/[slug]/agreement": view,
  "GET /api/projects/[slug]/annotations/[annotationId]/comments": view,
  "POST /api/projects/[slug]/annotations/[annotationId]/comments": { kind: "project", action: "comments.create" },
  "PATCH /api/projects/[slug]/annotations/[annotationId]/comments/[commentId]": { kind: "project", action: "comments.create", item: "author" },
  "DELETE /api/projects/[slug]/annotations/[annotationId]/comments/[commentId]": { kind: "project", action: "comments.create", item: "author" },
  "GET /api/projects/[slug]/annotations/[annotationId]/cluster-candidates": view,
  // Rejections are the claim's, not the rejecter's: any annotator who sees the claim may take one back.
  "POST /api/projects/[slug]/annotations/[annotationId]/cluster-candidates/rejections": { kind: "project", action: "annotations.create" },
  "DELETE /api/projects/[slug]/annotations/[annotationId]/cluster-candidates/rejections": { kind: "project", action: "annotations.create" },
  "DELETE /api/projects/[slug]/annotations/[annotationId]/cluster-candidates/rejections/[rejectionId]": { kind: "project", action: "annotations.create" },
  "GET /api/projects/[slug]/annotations/[annotationId]/history": view,
  "POST /api/projects/[slug]/annotations/[annotationId]/history/restore": { kind: "project", action: "annotations.create", item: "own" },
  "POST /api/projects/[slug]/annotations/[annotationId]/restore": { kind: "project", action: "annotations.create", item: "own" },
  "GET /api/projects/[slug]/annotations/[annotationId]/reviews": view,
  "POST /api/projects/[slug]/annotations/[annotationId]/reviews": { kind: "project", action: "reviews.decide" },
  "PATCH /api/projects/[slug]/annotations/[annotationId]": { kind: "project", action: "annotations.create", item: "own" },
  "DELETE /api/projects/[slug]/annotations/[annotationId]": { kind: "project", action: "annotations.create", item: "own" },
  "GET /api/projects/[slug]/articles": view,
  "GET /api/projects/[slug]/articles/[articleId]": view,
  "GET /api/projects/[slug]/articles/[articleId]/agreement": view,
  "GET /api/projects/[slug]/articles/[articleId]/annotations": view,
  "POST /api/projects/[slug]/articles/[articleId]/annotations": { kind: "project", action: "annotations.create" },
  // The caller's own assignment on the article, or null: nothing of anyone else's.
  "GET /api/projects/[slug]/articles/[articleId]/assignments/mine": view,
  "POST /api/projects/[slug]/articles/[articleId]/assignments/mine": { kind: "project", action: "annotations.create", item: "assignee" },
  "GET /api/projects/[slug]/articles/[articleId]/events": view,
  "POST /api/projects/[slug]/articles/[articleId]/presence": view,
  // Suggestions are offers to annotate, and dismissals are the caller's own.
  "GET /api/projects/[slug]/articles/[articleId]/suggestions": { kind: "project", action: "annotations.create" },
  "POST /api/projects/[slug]/articles/[articleId]/suggestions/dismissals": { kind: "project", action: "annotations.create" },
  "GET /api/projects/[slug]/articles/[articleId]/revisions": view,
  "POST /api/projects/[slug]/articles/[articleId]/revisions": { kind: "project", action: "articles.editText" },
  // Where the server sends article text: a data-sharing decision for owners.
  "PUT /api/projects/[slug]/prediction-service": { kind: "project", action: "project.manage" },
  "GET /api/projects/[slug]/assignments": { kind: "project", action: "articles.assign" },
  "POST /api/projects/[slug]/assignments": { kind: "project", action: "articles.assign" },
  "DELETE /api/projects/[slug]/assignments": { kind: "project", action: "articles.assign" },
  "POST /api/projects/[slug]/assignments/auto": { kind: "project", action: "articles.assign" },
  "GET /api/projects/[slug]/assignments/mine": view,
  "GET /api/projects/[slug]/assignments/progress": view,
  "PUT /api/projects/[slug]/assignments/required": { kind: "project", action: "articles.assign" },
  "PATCH /api/projects/[slug]/assignments/settings": { kind: "project", action: "articles.assign" },
  // Clusters (docs/clusters-api.md): viewers read; annotators start clusters,
  // edit and delete those they started, and add, change and remove members
  // whose claims they can see; the verdict (statusId, verdictExplanation, its
  // application) and membership reviews need reviews.decide.
  "GET /api/projects/[slug]/clusters": view,
  "POST /api/projects/[slug]/clusters": { kind: "project", action: "annotations.create" },
  "GET /api/projects/[slug]/clusters/events": view,
  "GET /api/projects/[slug]/clusters/[clusterId]": view,
  // Setting statusId or verdictExplanation also needs reviews.decide.
  "PATCH /api/projects/[slug]/clusters/[clusterId]": { kind: "project", action: "annotations.create", item: "own" },
  "DELETE /api/projects/[slug]/clusters/[clusterId]": { kind: "project", action: "annotations.create", item: "own" },
  "POST /api/projects/[slug]/clusters/[clusterId]/restore": { kind: "project", action: "annotations.create", item: "own" },
  "POST /api/projects/[slug]/clusters/[clusterId]/apply-verdict": { kind: "project", action: "reviews.decide" },
  "GET /api/projects/[slug]/clusters/[clusterId]/comments": view,
  "POST /api/projects/[slug]/clusters/[clusterId]/comments": { kind: "project", action: "comments.create" },
  "GET /api/projects/[slug]/clusters/[clusterId]/history": view,
  "POST /api/projects/[slug]/clusters/[clusterId]/members": { kind: "project", action: "annotations.create" },
  "PATCH /api/projects/[slug]/clusters/[clusterId]/members/[memberId]": { kind: "project", action: "annotations.create" },
  "DELETE /api/projects/[slug]/clusters/[clusterId]/members/[memberId]": { kind: "project", action: "annotations.create" },
  "POST /api/projects/[slug]/clusters/[clusterId]/members/[memberId]/reviews": { kind: "project", action: "reviews.decide", item: "not-own" },
  "GET /api/projects/[slug]/entities": view,
  "POST /api/projects/[slug]/entities": { kind: "project", action: "annotations.create" },
  "PATCH /api/projects/[slug]/entities/[entityId]": { kind: "project", action: "annotations.create", item: "own" },
  "DELETE /api/projects/[slug]/entities/[entityId]": { kind: "project", action: "annotations.editAny" },
  "GET /api/projects/[slug]/entities/[entityId]/events": view,
  "POST /api/projects/[slug]/entities/[entityId]/merge": { kind: "project", action: "entities.merge" },
  "POST /api/projects/[slug]/entities/[entityId]/merge/undo": { kind: "project", action: "entities.merge" },
  "POST /api/projects/[slug]/entities/[entityId]/split": { kind: "project", action: "entities.merge" },
  "GET /api/projects/[slug]/exports": { kind: "project", action: "dataset.export" },
  "POST /api/projects/[slug]/imports/annotations/commit": { kind: "project", action: "articles.import" },
  // Background jobs: anyone with the right starts one; a job and its file
  // are its starter's only (others, the owner too, get 404).
  "POST /api/projects/[slug]/jobs/article-import": { kind: "project", action: "articles.import" },
  "POST /api/projects/[slug]/jobs/export": { kind: "project", action: "dataset.export" },
  "GET /api/projects/[slug]/jobs/[jobId]": { kind: "project", action: "project.view", item: "author" },
  "GET /api/projects/[slug]/jobs/[jobId]/file": { kind: "project", action: "dataset.export", item: "author" },
  "POST /api/projects/[slug]/imports/annotations/preview": { kind: "project", action: "articles.import" },
  "POST /api/projects/[slug]/imports/articles/commit": { kind: "project", action: "articles.import" },
  "POST /api/projects/[slug]/imports/articles/preview": { kind: "project", action: "articles.import" },
  "GET /api/projects/[slug]/labels": view,
  "GET /api/projects/[slug]/search": view,
  "GET /api/projects/[slug]/reviews": view,
  // W3C Web Annotation Protocol (docs/w3c-protocol.md): members read (blind
  // annotation and pseudonyms as in exports); annotators create, and change
  // or delete their own (reviewers and owners any), through the annotation rules.
  "GET /api/projects/[slug]/w3c/annotations": view,
  "HEAD /api/projects/[slug]/w3c/annotations": view,
  "OPTIONS /api/projects/[slug]/w3c/annotations": view,
  "POST /api/projects/[slug]/w3c/annotations": { kind: "project", action: "annotations.create" },
  "GET /api/projects/[slug]/w3c/annotations/[annotationId]": view,
  "HEAD /api/projects/[slug]/w3c/annotations/[annotationId]": view,
  "OPTIONS /api/projects/[slug]/w3c/annotations/[annotationId]": view,
  "PUT /api/projects/[slug]/w3c/annotations/[annotationId]": { kind: "project", action: "annotations.create", item: "own" },
  "DELETE /api/projects/[slug]/w3c/annotations/[annotationId]": { kind: "project", action: "annotations.create", item: "own" },
  "GET /api/projects/[slug]/w3c/annotators/[annotatorId]": view,
  "GET /api/projects/[slug]/w3c/articles/[articleId]/revisions/[revision]": view,
  "GET /api/projects/[slug]/w3c/entities/[entityId]": view,
  "HEAD /api/projects/[slug]/w3c/articles/[articleId]/revisions/[revision]": view,

  "action app/(auth)/invite/[token]/actions.ts#acceptAsCurrentUserAction": { kind: "public", why: "the invite token is the credential; the signed-in person accepts for themselves" },
  "action app/(auth)/invite/[token]/actions.ts#acceptWithNewAccountAction": { kind: "public", why: "the invite token is the credential" },
  "action app/(auth)/setup/actions.ts#setupAction": { kind: "public", why: "first run only: refused once any account exists" },
  // The signed-in person's own account: their password, their sessions.
  "action app/(workspace)/account/actions.ts#changePasswordAction": { kind: "signed-in" },
  "action app/(workspace)/account/actions.ts#signOutEverywhereAction": { kind: "signed-in" },
  // Only an invitation bound to the signed-in person's own address.
  "action app/(workspace)/inbox/actions.ts#acceptInvitationAction": { kind: "signed-in" },
  "action app/(workspace)/inbox/actions.ts#declineInvitationAction": { kind: "signed-in" },
  "action app/(workspace)/projects/actions.ts#createProjectAction": { kind: "signed-in" },
  "action app/(workspace)/projects/[slug]/articles/[articleId]/adjudicate/actions.ts#resolveGoldGroupAction": { kind: "session", action: "gold.adjudicate" },
  "action app/(workspace)/projects/[slug]/articles/[articleId]/adjudicate/actions.ts#reopenGoldGroupAction": { kind: "session", action: "gold.adjudicate" },
  "action app/(workspace)/projects/[slug]/articles/[articleId]/adjudicate/actions.ts#setGoldLayerCompleteAction": { kind: "session", action: "gold.adjudicate" },
  "action app/(workspace)/projects/[slug]/articles/[articleId]/adjudicate/actions.ts#removeGoldAnnotationAction": { kind: "session", action: "gold.adjudicate" },
  "action app/(workspace)/projects/[slug]/export/token-actions.ts#createApiTokenAction": { kind: "session", action: "project.view" },
  "action app/(workspace)/projects/[slug]/export/token-actions.ts#revokeApiTokenAction": { kind: "session", action: "project.view" },
  "action app/(workspace)/projects/[slug]/settings/actions.ts#addMemberAction": { kind: "session", action: "members.manage" },
  "action app/(workspace)/projects/[slug]/settings/actions.ts#createInviteAction": { kind: "session", action: "members.manage" },
  "action app/(workspace)/projects/[slug]/settings/actions.ts#revokeInviteAction": { kind: "session", action: "members.manage" },
  "action app/(workspace)/projects/[slug]/settings/actions.ts#changeRoleAction": { kind: "session", action: "members.manage" },
  "action app/(workspace)/projects/[slug]/settings/actions.ts#setLicenseAction": { kind: "session", action: "project.manage" },
  "action app/(workspace)/projects/[slug]/settings/label-actions.ts#createLabelAction": { kind: "session", action: "labels.manage" },
  "action app/(workspace)/projects/[slug]/settings/label-actions.ts#updateLabelAction": { kind: "session", action: "labels.manage" },
  "action app/(workspace)/projects/[slug]/settings/label-actions.ts#archiveLabelAction": { kind: "session", action: "labels.manage" },
  "action app/(workspace)/projects/[slug]/settings/label-actions.ts#restoreLabelAction": { kind: "session", action: "labels.manage" },
  "action app/(workspace)/projects/[slug]/settings/label-actions.ts#moveLabelAction": { kind: "session", action: "labels.manage" },
};
