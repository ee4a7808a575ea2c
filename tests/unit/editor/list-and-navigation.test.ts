import { describe, expect, it } from "vitest";
import { filterAnnotations, NO_FILTERS } from "@/components/editor/list/filter-annotations";
import { annotatorsOf, inLayer } from "@/components/editor/list/annotation-layer";
import { stepAnnotation } from "@/components/editor/navigation/step-annotation";
import { annotationFixture } from "./support/annotation-fixture";

const ana = { id: "u1", name: "Ana Annotator" };
const tomas = { id: "u2", name: "Tomás Annotator" };
const claim = annotationFixture({ id: "c1", exact: "Zaheer spoke at the Karachi Press Club", statusId: "false", note: "Check the date" });
const mention = annotationFixture({ id: "m1", kind: "ENTITY_MENTION", exact: "Gujranwala", statusId: null, entityTypeId: "location", author: tomas });
const accepted = annotationFixture({ id: "c2", exact: "Hamas leaders met LeT", statusId: null, reviewState: "ACCEPTED", note: "Ça va" });
const all = [claim, mention, accepted];

describe("filterAnnotations", () => {
  it("keeps everything without filters", () => {
    expect(filterAnnotations(all, NO_FILTERS)).toEqual(all);
  });

  it("filters by kind, status (claims only), review state", () => {
    expect(filterAnnotations(all, { ...NO_FILTERS, kind: "ENTITY_MENTION" }).map((a) => a.id)).toEqual(["m1"]);
    expect(filterAnnotations(all, { ...NO_FILTERS, statusId: "false" }).map((a) => a.id)).toEqual(["c1"]);
    expect(filterAnnotations(all, { ...NO_FILTERS, statusId: "NONE" }).map((a) => a.id)).toEqual(["c2"]);
    expect(filterAnnotations(all, { ...NO_FILTERS, reviewState: "ACCEPTED" }).map((a) => a.id)).toEqual(["c2"]);
  });

  it("searches quotes and notes, ignoring case and accents", () => {
    expect(filterAnnotations(all, { ...NO_FILTERS, query: "karachi" }).map((a) => a.id)).toEqual(["c1"]);
    expect(filterAnnotations(all, { ...NO_FILTERS, query: "CHECK THE" }).map((a) => a.id)).toEqual(["c1"]);
    expect(filterAnnotations(all, { ...NO_FILTERS, query: "ca va" }).map((a) => a.id)).toEqual(["c2"]);
  });
});

describe("layers", () => {
  it("shows everyone's, only mine, or one annotator's", () => {
    expect(all.filter((a) => inLayer(a, { kind: "everyone" }, ana.id))).toHaveLength(3);
    expect(all.filter((a) => inLayer(a, { kind: "mine" }, ana.id)).map((a) => a.id)).toEqual(["c1", "c2"]);
    expect(all.filter((a) => inLayer(a, { kind: "author", authorId: tomas.id }, ana.id)).map((a) => a.id)).toEqual(["m1"]);
  });

  it("lists annotators with the current user first, even without annotations", () => {
    expect(annotatorsOf([mention], { id: "u9", name: "Zoe" })).toEqual([{ id: "u9", name: "Zoe" }, tomas]);
  });
});

describe("stepAnnotation (J/K)", () => {
  const list = [{ id: "a" }, { id: "b" }, { id: "c" }];
  it("starts at an end when nothing is selected", () => {
    expect(stepAnnotation(list, null, 1)).toBe("a");
    expect(stepAnnotation(list, null, -1)).toBe("c");
    expect(stepAnnotation(list, "gone", 1)).toBe("a");
  });
  it("moves one step and stops at the ends", () => {
    expect(stepAnnotation(list, "a", 1)).toBe("b");
    expect(stepAnnotation(list, "b", -1)).toBe("a");
    expect(stepAnnotation(list, "c", 1)).toBe("c");
    expect(stepAnnotation(list, "a", -1)).toBe("a");
    expect(stepAnnotation([], null, 1)).toBeNull();
  });
});
