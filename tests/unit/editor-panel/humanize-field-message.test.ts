import { describe, expect, it } from "vitest";
import { humanizeFieldMessage } from "@/components/editor/panel/humanize-field-message";
import { createEntitySchema } from "@/lib/validations/entity";
import { evidenceInputSchema } from "@/lib/validations/annotation";

const firstMessage = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.success ? "" : (result.error?.issues[0]?.message ?? "");

describe("humanizeFieldMessage", () => {
  it("names the form field instead of the JSON field", () => {
    const wikidata = firstMessage(createEntitySchema.safeParse({ typeId: "t", name: "Ada", externalId: "wikidata 42" }));
    expect(humanizeFieldMessage(wikidata)).toBe("External id looks like a Wikidata id: write it as Q followed by digits, like Q42.");
    const url = firstMessage(evidenceInputSchema.safeParse({ url: "notaurl", stance: "SUPPORTS" }));
    expect(humanizeFieldMessage(url)).toBe("URL must be an http:// or https:// address.");
  });

  it("leaves messages that do not start with a field name alone", () => {
    expect(humanizeFieldMessage("Enter the entity's name.")).toBe("Enter the entity's name.");
    expect(humanizeFieldMessage("An entity can have at most 50 aliases.")).toBe("An entity can have at most 50 aliases.");
  });
});
