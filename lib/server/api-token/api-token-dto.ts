// An API token as its owner sees it: never the secret, never its hash.
export type ApiTokenDTO = {
  id: string;
  name: string;
  prefix: string;
  project: { slug: string; name: string } | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};
