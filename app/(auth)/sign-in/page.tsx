import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { oauthProviderList } from "@/lib/auth/oauth-provider-list";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const nextAuthUrl = env().NEXTAUTH_URL;
  const destination = safeCallbackUrl(callbackUrl, "/projects", nextAuthUrl ? new URL(nextAuthUrl).origin : undefined);
  if (await getCurrentUser()) redirect(destination);
  // A fresh install without demo data has no accounts yet: go to first-run setup.
  if ((await db.user.count()) === 0) redirect("/setup");
  return (
    <SignInForm
      callbackUrl={destination}
      initialError={signInErrorMessage(typeof error === "string" ? error : null)}
      oauthProviders={oauthProviderList()}
    />
  );
}
