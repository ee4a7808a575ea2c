"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { CreateTokenAction } from "./api-tokens-section";

export function CreateApiTokenForm({ action: create }: { action: CreateTokenAction }) {
  const [state, action, pending] = useActionState(create, null);
  return (
    <form action={action} className="grid items-end gap-4 sm:grid-cols-[1fr_11rem_8rem_auto]">
      <div className="space-y-2">
        <Label htmlFor="token-name">Token name</Label>
        <Input id="token-name" name="name" required maxLength={80} placeholder="Nightly export" />
      </div>
      <div className="space-y-2">
        <Label htmlFor="token-scope">Reaches</Label>
        <NativeSelect id="token-scope" name="scope" defaultValue="project" className="w-full">
          <option value="project">This project only</option>
          <option value="all">All my projects</option>
        </NativeSelect>
      </div>
      <div className="space-y-2">
        <Label htmlFor="token-expiry">Expires</Label>
        <NativeSelect id="token-expiry" name="expiresIn" defaultValue="30" className="w-full">
          <option value="7">in 7 days</option>
          <option value="30">in 30 days</option>
          <option value="90">in 90 days</option>
          <option value="365">in a year</option>
          <option value="never">never</option>
        </NativeSelect>
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create token"}</Button>
      {state ? (
        <Alert variant={state.ok ? "success" : "destructive"} className="sm:col-span-4">
          {state.ok ? (
            <>
              <AlertTitle>Token “{state.data.name}” created. Copy it now: it is shown only once.</AlertTitle>
              <AlertDescription>
                <Input readOnly value={state.data.secret} aria-label="New API token" className="mt-2 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
              </AlertDescription>
            </>
          ) : (
            <AlertDescription>{state.error}</AlertDescription>
          )}
        </Alert>
      ) : null}
    </form>
  );
}
