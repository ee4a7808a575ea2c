"use client";

import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format/format-date";
import type { ApiTokenDTO } from "@/lib/server/api-token/api-token-dto";
import type { RevokeTokenAction } from "./api-tokens-section";

function stateOf(token: ApiTokenDTO, now: number): "active" | "revoked" | "expired" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return "expired";
  return "active";
}

export function ApiTokenList({ tokens, revokeAction }: { tokens: ApiTokenDTO[]; revokeAction: RevokeTokenAction }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // The render time, fixed per list: "expired" is a display hint, the server decides.
  const [now] = useState(() => Date.now());
  if (tokens.length === 0) return <p className="text-sm text-muted-foreground">You have no tokens for this project yet.</p>;
  return (
    <div className="space-y-2">
      {error ? <p role="alert" className="text-sm text-destructive">{error}</p> : null}
      <Table aria-label="Your API tokens">
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Name</TableHead>
            <TableHead scope="col">Token</TableHead>
            <TableHead scope="col">Reaches</TableHead>
            <TableHead scope="col">Last used</TableHead>
            <TableHead scope="col">Expires</TableHead>
            <TableHead scope="col"><span className="sr-only">State</span></TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((t) => {
            const state = stateOf(t, now);
            return (
              <TableRow key={t.id}>
                <TableCell className="font-medium">{t.name}</TableCell>
                <TableCell className="font-mono text-xs">{t.prefix}…</TableCell>
                <TableCell>{t.project ? "This project" : "All my projects"}</TableCell>
                <TableCell>{t.lastUsedAt ? formatDate(t.lastUsedAt) : "Never"}</TableCell>
                <TableCell>{t.expiresAt ? formatDate(t.expiresAt) : "Never"}</TableCell>
                <TableCell className="text-right">
                  {state === "active" ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={pending}
                      aria-label={`Revoke ${t.name}`}
                      onClick={() =>
                        startTransition(async () => {
                          const result = await revokeAction(t.id);
                          setError(result.ok ? null : result.error);
                        })
                      }
                    >
                      Revoke
                    </Button>
                  ) : (
                    <Badge variant="secondary">{state === "revoked" ? "Revoked" : "Expired"}</Badge>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
