import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule in eslint.config.mjs that keeps process.env reads inside
// lib/env.ts (validated once at start-up). Linted as text at chosen paths, so
// the test fails if the rule is dropped or its file list shrinks.
const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function envMessages(source: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-properties").map((m) => m.message);
}

const READ = "export const url = process.env.NEXTAUTH_URL;\n";

describe("process.env is read only in lib/env.ts", () => {
  it.each(["lib/server/example/get-example.ts", "app/api/example/route.ts", "components/example/example.tsx", "proxy.ts", "instrumentation.ts"])(
    "refuses a read in %s",
    async (file) => {
      const messages = await envMessages(READ, file);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/@\/lib\/env/);
    },
  );

  it("allows it in lib/env.ts and in scripts and tests", async () => {
    expect(await envMessages(READ, "lib/env.ts")).toEqual([]);
    expect(await envMessages(READ, "scripts/example.ts")).toEqual([]);
    expect(await envMessages(READ, "tests/unit/example.test.ts")).toEqual([]);
  });
});
