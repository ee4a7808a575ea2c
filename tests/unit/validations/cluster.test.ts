import { describe, expect, it } from "vitest";
import { addClusterMemberSchemaFor, createClusterSchema, updateClusterSchema } from "@/lib/validations/cluster";

const message = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues[0]?.message;

describe("cluster input schemas", () => {
  it("a new cluster needs a title; members default to none and may not repeat a claim", () => {
    expect(createClusterSchema.parse({ title: "  Arrest  " })).toEqual({ title: "Arrest", statement: "", members: [] });
    expect(message(createClusterSchema.safeParse({ title: " " }))).toBe("title cannot be empty: name the fact the cluster is about.");
    expect(message(createClusterSchema.safeParse({ title: "x", members: [{ annotationId: "a" }, { annotationId: "a" }] }))).toBe("members lists claim a twice.");
    expect(createClusterSchema.parse({ title: "x", members: [{ annotationId: "a" }] }).members).toEqual([{ annotationId: "a", stance: "SAME" }]);
    expect(message(createClusterSchema.safeParse({ title: "x", colour: "red" }))).toBe("Unknown field: colour.");
  });

  it("a member body is read as a passage when it names one, else as a claim, each with its own message", () => {
    const claim = { annotationId: "a", stance: "CONTRADICTS" };
    expect(addClusterMemberSchemaFor(claim).parse(claim)).toEqual(claim);
    const passage = { passage: { articleId: "r", start: 4, end: 4 }, stance: "SAME" };
    expect(message(addClusterMemberSchemaFor(passage).safeParse(passage))).toBe("passage end must be greater than start: empty spans cannot be marked.");
    const badStance = { annotationId: "a", stance: "AGREES" };
    expect(message(addClusterMemberSchemaFor(badStance).safeParse(badStance))).toBe("stance must be SAME, CORROBORATES, ATTRIBUTES or CONTRADICTS.");
    expect(message(addClusterMemberSchemaFor(null).safeParse(null))).toBe("Send { annotationId, stance, note?, move? }.");
  });

  it("an update carries the version it was made on; statusId may be cleared", () => {
    expect(message(updateClusterSchema.safeParse({ title: "x" }))).toBe("version is required: send the version of the cluster you edited.");
    expect(updateClusterSchema.parse({ version: 2, statusId: null })).toEqual({ version: 2, statusId: null });
  });
});
