import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { db } from "@/lib/db";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { env } from "@/lib/env";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";
import { linkOAuthSignIn } from "@/lib/auth/link-oauth-sign-in";
import { findUserIdForOAuth } from "@/lib/auth/find-user-id-for-oauth";
import { sameOriginPath } from "@/lib/auth/same-origin-path";
import { revokeSession } from "@/lib/auth/revoke-session";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token-codec";

const SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

// OAuth providers are switched on by their environment variables alone.
function oauthProviders(): NextAuthOptions["providers"] {
  const e = env();
  const providers: NextAuthOptions["providers"] = [];
  if (e.GITHUB_ID && e.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  }
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          const address = clientAddressFromHeaders(req.headers ?? {}, env().TRUST_PROXY_HOPS);
          const result = await authenticateCredentials(
            { email: credentials?.email, password: credentials?.password },
            address,
          );
          if (result.ok) return result.user;
          // next-auth passes an thrown error's message on as `?error=`.
          if (result.reason === "rate_limited") throw new Error("RateLimited");
          if (result.reason === "malformed") throw new Error("Malformed");
          return null;
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      // Every redirect next-auth makes (after OAuth, after sign-out) stays on
      // this site, by the same rules as the sign-in page's callbackUrl.
      redirect({ url, baseUrl }) {
        const origin = new URL(baseUrl).origin;
        return `${origin}${sameOriginPath(url, origin) ?? "/projects"}`;
      },
      async signIn({ account, profile, user }) {
        if (!account || account.type === "credentials") return true;
        return linkOAuthSignIn({
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          email: user.email ?? profile?.email ?? null,
        });
      },
      async jwt({ token, user, account }) {
        // On sign-in, pin the token to our user id (OAuth users arrive with the
        // provider's id, so they are looked up by their linked account), to
        // the user's current session version, and to a fresh session id.
        if (user && account) {
          const uid = account.type === "credentials" ? user.id : await findUserIdForOAuth(account.provider, account.providerAccountId);
          const row = uid ? await db.user.findUnique({ where: { id: uid }, select: { sessionVersion: true } }) : null;
          token.uid = row ? uid : undefined;
          token.sv = row?.sessionVersion;
          token.sid = randomUUID();
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === "string") session.user.id = token.uid;
        session.sv = token.sv;
        session.sid = token.sid;
        return session;
      },
    },
    events: {
      // Signing out ends this session for good, not just in this browser: a
      // copy of the cookie (stolen, or left on a shared machine) stops working.
      async signOut({ token }) {
        await revokeSession(token, SESSION_MAX_AGE_SECONDS);
      },
    },
  };
}
