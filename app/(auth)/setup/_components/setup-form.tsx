"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FormError } from "@/components/forms/form-error";
import { NewAccountFields } from "@/components/forms/new-account-fields";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { setupAction } from "../actions";

export function SetupForm() {
  const router = useRouter();
  const [state, action, pending] = useActionState(setupAction, null);

  useEffect(() => {
    if (state?.ok) router.push("/sign-in");
  }, [state, router]);

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-2xl">Set up Claimdesk</CardTitle>
        <CardDescription>
          Create the first account. It owns the first project and can invite colleagues.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} className="space-y-4">
          <FormError message={state && !state.ok ? state.error : null} />
          <div className="space-y-2">
            <Label htmlFor="setupCode">Setup code</Label>
            <Input
              id="setupCode"
              name="setupCode"
              required
              autoComplete="one-time-code"
              spellCheck={false}
              placeholder="XXXX-XXXX-XXXX"
              aria-describedby="setupCode-help"
              className="font-mono uppercase"
            />
            <p id="setupCode-help" className="text-xs text-muted-foreground">
              Printed in the server&apos;s log when it started (for example in the terminal running{" "}
              <code>npm start</code>, or <code>docker compose logs app1</code>). It proves you run this installation.
            </p>
          </div>
          <NewAccountFields />
          <div className="space-y-2">
            <Label htmlFor="projectName">First project</Label>
            <Input id="projectName" name="projectName" defaultValue="Fact checks" required />
          </div>
          <Button type="submit" className="w-full" disabled={pending}>
            {pending ? "Creating…" : "Create account"}
          </Button>
        </form>
        {state?.ok ? (
          <p role="status" className="mt-4 text-sm">
            Account created.{" "}
            <button type="button" className="underline" onClick={() => void signIn(undefined, { callbackUrl: "/projects" })}>
              Sign in
            </button>
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
