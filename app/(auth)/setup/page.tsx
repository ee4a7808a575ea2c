import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { SetupForm } from "./_components/setup-form";

export const metadata: Metadata = { title: "Set up Claimdesk" };

// First run only: once any account exists this page sends everyone to sign-in.
export default async function SetupPage() {
  if ((await db.user.count()) > 0) redirect("/sign-in");
  return <SetupForm />;
}
