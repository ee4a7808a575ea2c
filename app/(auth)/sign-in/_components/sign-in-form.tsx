"use client";

import { useState, useSyncExternalStore, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import type { OAuthProviderInfo } from "@/lib/auth/oauth-provider-list";

const noSubscription = () => () => undefined;

type Props = { callbackUrl: string; initialError: string | null; oauthProviders: OAuthProviderInfo[] };

export function SignInForm({ callbackUrl, initialError, oauthProviders }: Props) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);
  // Until the page has hydrated, submitting would fall back to a native form
  // post to this page; keep the button off until the handler is attached.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error || !result.ok) {
        setError(signInErrorMessage(result?.error ?? "CredentialsSignin"));
        return;
      }
      // A full navigation so every server component renders with the new session.
      window.location.assign(callbackUrl);
    } catch {
      setError("Could not reach Claimdesk. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-2xl">Sign in</CardTitle>
        <CardDescription>Annotate claims, review colleagues&apos; tags, export your dataset.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-5">
        {error ? (
          <Alert variant="destructive">
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        ) : null}
        <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate>
          <div className="space-y-2">
            <Label htmlFor="email">Email</Label>
            <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
          </div>
          <div className="space-y-2">
            <Label htmlFor="password">Password</Label>
            <Input id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
          <Button type="submit" className="w-full" disabled={pending || !hydrated}>
            {pending ? "Signing in…" : "Sign in"}
          </Button>
        </form>
        {oauthProviders.length > 0 ? (
          <div className="space-y-2 border-t pt-4">
            {oauthProviders.map((provider) => (
              <Button
                key={provider.id}
                variant="outline"
                className="w-full"
                onClick={() => void signIn(provider.id, { callbackUrl })}
              >
                Continue with {provider.name}
              </Button>
            ))}
          </div>
        ) : null}
        <p className="text-sm text-muted-foreground">
          New here? Ask a project owner for an invite link or an account.
        </p>
      </CardContent>
    </Card>
  );
}
