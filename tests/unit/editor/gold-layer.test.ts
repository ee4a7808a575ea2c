import { describe, expect, it } from "vitest";
import { inLayer } from "@/components/editor/list/annotation-layer";
import { annotationFixture } from "./support/annotation-fixture";

const reviewer = { id: "u3", name: "Rahul Reviewer" };

describe("the gold layer in the editor", () => {
  it("shows only adjudicated gold annotations, whoever wrote them", () => {
    const gold = annotationFixture({ id: "g1", isGold: true, author: reviewer });
    const reviewersOwn = annotationFixture({ id: "c1", author: reviewer });
    const annotators = annotationFixture({ id: "c2" });
    expect([gold, reviewersOwn, annotators].filter((a) => inLayer(a, { kind: "gold" }, reviewer.id)).map((a) => a.id)).toEqual(["g1"]);
  });
});
