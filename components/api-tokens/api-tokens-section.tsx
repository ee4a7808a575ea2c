"use client";

import type { ApiTokenDTO } from "@/lib/server/api-token/api-token-dto";
import type { ActionResult } from "@/lib/http/run-action";
import { CreateApiTokenForm } from "./create-api-token-form";
import { ApiTokenList } from "./api-token-list";

export type CreateTokenAction = (prev: ActionResult<{ secret: string; name: string }> | null, form: FormData) => Promise<ActionResult<{ secret: string; name: string }>>;
export type RevokeTokenAction = (tokenId: string) => Promise<ActionResult<undefined>>;

/** Create, list and revoke the signed-in user's API tokens that reach this project. */
export function ApiTokensSection({ tokens, createAction, revokeAction }: { tokens: ApiTokenDTO[]; createAction: CreateTokenAction; revokeAction: RevokeTokenAction }) {
  return (
    <div className="space-y-6">
      <CreateApiTokenForm action={createAction} />
      <ApiTokenList tokens={tokens} revokeAction={revokeAction} />
    </div>
  );
}
