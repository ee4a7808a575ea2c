import { describe, expect, it } from "vitest";
import { parseAliases } from "@/components/editor/panel/parse-aliases";
import { createEntitySchema } from "@/lib/validations/entity";

describe("parseAliases", () => {
  it("splits on commas, trims and drops empty pieces", () => {
    expect(parseAliases(" POTUS, Joe Biden ,, ")).toEqual(["POTUS", "Joe Biden"]);
    expect(parseAliases("")).toEqual([]);
    expect(parseAliases(",")).toEqual([]);
  });

  it("leaves de-duplication to the entity schema", () => {
    const parsed = createEntitySchema.parse({ typeId: "t", name: "Joe Biden", aliases: parseAliases("Biden, biden, BIDEN, Joe") });
    expect(parsed.aliases).toEqual(["Biden", "Joe"]);
  });
});
