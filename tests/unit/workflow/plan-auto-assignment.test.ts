import { describe, expect, it } from "vitest";
import { planAutoAssignment } from "@/lib/workflow/plan-auto-assignment";

const people = (...loads: number[]) => loads.map((load, i) => ({ id: `u${i + 1}`, load }));

describe("planAutoAssignment", () => {
  it("spreads six seats over three idle people two each, in the order given", () => {
    const plan = planAutoAssignment(
      [
        { id: "a", target: 2, assigneeIds: [] },
        { id: "b", target: 2, assigneeIds: [] },
        { id: "c", target: 2, assigneeIds: [] },
      ],
      people(0, 0, 0),
    );
    expect(plan.assignments).toEqual([
      { articleId: "a", userId: "u1" },
      { articleId: "a", userId: "u2" },
      { articleId: "b", userId: "u3" },
      { articleId: "b", userId: "u1" },
      { articleId: "c", userId: "u2" },
      { articleId: "c", userId: "u3" },
    ]);
    expect(plan.shortfalls).toEqual([]);
  });

  it("gives work to the least-loaded first", () => {
    const plan = planAutoAssignment([{ id: "a", target: 1, assigneeIds: [] }], people(3, 1, 2));
    expect(plan.assignments).toEqual([{ articleId: "a", userId: "u2" }]);
  });

  it("counts people already on the article towards the target and never assigns them twice", () => {
    const plan = planAutoAssignment([{ id: "a", target: 2, assigneeIds: ["u1"] }], people(0, 5));
    expect(plan.assignments).toEqual([{ articleId: "a", userId: "u2" }]);
  });

  it("an article already at or above target gets nobody", () => {
    const plan = planAutoAssignment([{ id: "a", target: 1, assigneeIds: ["u1", "u2"] }], people(0, 0, 0));
    expect(plan).toEqual({ assignments: [], shortfalls: [] });
  });

  it("reports a shortfall when there are fewer people than seats", () => {
    const plan = planAutoAssignment([{ id: "a", target: 3, assigneeIds: [] }], people(0, 0));
    expect(plan.assignments).toHaveLength(2);
    expect(plan.shortfalls).toEqual([{ articleId: "a", missing: 1 }]);
  });

  it("evens out an uneven starting load across a batch", () => {
    // u1 carries 2 already: the four new seats go u2, u3, u2, u3, so everyone ends with 2.
    const plan = planAutoAssignment(
      [
        { id: "a", target: 1, assigneeIds: [] },
        { id: "b", target: 1, assigneeIds: [] },
        { id: "c", target: 1, assigneeIds: [] },
        { id: "d", target: 1, assigneeIds: [] },
      ],
      people(2, 0, 0),
    );
    expect(plan.assignments.map((a) => a.userId)).toEqual(["u2", "u3", "u2", "u3"]);
  });

  it("no candidates: every seat is a shortfall", () => {
    expect(planAutoAssignment([{ id: "a", target: 2, assigneeIds: [] }], [])).toEqual({
      assignments: [],
      shortfalls: [{ articleId: "a", missing: 2 }],
    });
  });
});
