import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { announceSetupCode } from "@/lib/server/setup/announce-setup-code";
import { SetupForm } from "./_components/setup-form";

export const metadata: Metadata = { title: "Set up Claimdesk" };

// First run only: once any account exists this page sends everyone to sign-in.
export default async function SetupPage() {
  if ((await db.user.count()) > 0) redirect("/sign-in");
  // The code printed at start-up may have expired on a long-running server:
  // print another to the log (never to the page).
  await announceSetupCode(db, new URL("/setup", env().NEXTAUTH_URL ?? "http://localhost:3000").toString(), { onlyIfNone: true });
  return <SetupForm />;
}
