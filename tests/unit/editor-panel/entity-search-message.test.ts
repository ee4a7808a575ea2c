import { describe, expect, it } from "vitest";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { entitySearchMessage } from "@/components/editor/panel/entity-search-message";

const entity = (name: string): EntityDTO => ({ id: name, typeId: "t", name, aliases: [], description: "", externalId: null, version: 1 });

describe("entitySearchMessage", () => {
  it("says the search is running until the results answer the current query", () => {
    expect(entitySearchMessage({ status: "done", results: [entity("Ada")] }, false, "ad")).toBe("Searching…");
  });

  it("counts results, naming the type when the search is restricted to one", () => {
    expect(entitySearchMessage({ status: "done", results: [entity("Ada")] }, true, "ad")).toBe("1 entity found.");
    expect(entitySearchMessage({ status: "done", results: [entity("Ada"), entity("Adam")] }, true, "ad", "Person")).toBe("2 person entities found.");
  });

  it("explains an empty list", () => {
    expect(entitySearchMessage({ status: "done", results: [] }, true, "")).toBe("No entities in this project yet: type a name to create one.");
    expect(entitySearchMessage({ status: "done", results: [] }, true, "zed", "Location")).toBe("No location entities match “zed”.");
  });

  it("leaves failures to the alert", () => {
    expect(entitySearchMessage({ status: "failed", results: [] }, false, "x")).toBe("");
  });
});
