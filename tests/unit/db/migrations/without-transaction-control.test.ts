import { describe, expect, it } from "vitest";
import { withoutTransactionControl } from "@/lib/db/migrations/without-transaction-control";

describe("withoutTransactionControl", () => {
  it("blanks Prisma's BEGIN;/COMMIT; lines and keeps line numbers", () => {
    const script = '-- AlterEnum\nBEGIN;\nCREATE TYPE "Role_new" AS ENUM (\'A\');\nCOMMIT;\n\nSELECT 1;\n';
    const result = withoutTransactionControl(script);
    expect(result).toBe('-- AlterEnum\n\nCREATE TYPE "Role_new" AS ENUM (\'A\');\n\n\nSELECT 1;\n');
    expect(result.split("\n")).toHaveLength(script.split("\n").length);
  });

  it("handles case, surrounding blanks, START TRANSACTION and CRLF files", () => {
    expect(withoutTransactionControl("  begin ;\r\nSELECT 1;\r\nstart  transaction;\ncommit;")).toBe(
      "\r\nSELECT 1;\r\n\n",
    );
  });

  it("leaves PL/pgSQL blocks and statements that merely contain the words alone", () => {
    const fn = "CREATE FUNCTION f() RETURNS void AS $$\nBEGIN\n  PERFORM 1;\nEND;\n$$ LANGUAGE plpgsql;\nSELECT 'BEGIN;';\n";
    expect(withoutTransactionControl(fn)).toBe(fn);
  });
});
