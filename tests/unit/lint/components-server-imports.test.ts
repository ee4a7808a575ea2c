import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule in eslint.config.mjs that keeps server-only values out of
// components/ (which ship to the browser). Linted as text at a components/
// path, so the test fails if the rule is dropped or loosened.
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../../..") });

async function restrictedImportMessages(source: string, file = "components/example/example-panel.tsx"): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.resolve(import.meta.dirname, "../../..", file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("components/ may not import values from server-only modules", () => {
  it.each([
    ['import { db } from "@/lib/db";\nexport const x = db;\n'],
    ['import { getCluster } from "@/lib/server/cluster/get-cluster";\nexport const x = getCluster;\n'],
    ['import { env } from "@/lib/env";\nexport const x = env;\n'],
    ['import { getCurrentUser } from "@/lib/auth/current-user";\nexport const x = getCurrentUser;\n'],
  ])("refuses %s", async (source) => {
    const messages = await restrictedImportMessages(source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/runs in the browser/);
  });

  it("allows type-only imports and the pure permissions table", async () => {
    const source = [
      'import type { ClusterDTO } from "@/lib/clusters/cluster-dto";',
      'import type { ProjectAccess } from "@/lib/server/project/require-project-access";',
      'import { can } from "@/lib/auth/permissions";',
      "export type X = ClusterDTO | ProjectAccess;",
      "export const y = can;",
      "",
    ].join("\n");
    expect(await restrictedImportMessages(source)).toEqual([]);
  });

  it("leaves server code outside components/ alone", async () => {
    expect(await restrictedImportMessages('import { db } from "@/lib/db";\nexport const x = db;\n', "lib/server/example/get-example.ts")).toEqual([]);
  });
});
