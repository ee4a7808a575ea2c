import { env } from "@/lib/env";

export type OAuthProviderInfo = { id: "github" | "google"; name: string };

export function oauthProviderList(): OAuthProviderInfo[] {
  const e = env();
  const list: OAuthProviderInfo[] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) list.push({ id: "google", name: "Google" });
  return list;
}
