import { describe, expect, it } from "vitest";
import type { ProjectAccess } from "@/lib/server/project/require-project-access";

// The guarantee is the type checker's (npx tsc --noEmit runs over tests):
// each @ts-expect-error below fails the typecheck the day the line it marks
// starts to compile, i.e. the day an unchecked access becomes possible.
describe("ProjectAccess is made only by requireProjectAccess", () => {
  it("an object literal or a bare project id does not type-check where data functions want an access", () => {
    const readLabels = (access: ProjectAccess) => access.project.id;
    const literal = { project: { id: "p1", slug: "p", name: "P", description: "", blindAnnotation: false }, role: "OWNER" as const, userId: "u1" };
    // @ts-expect-error an object literal is not a checked access
    const forged: ProjectAccess = literal;
    // @ts-expect-error a project id is not an access
    const byId = () => readLabels("p1");
    expect(forged.project.id).toBe("p1");
    expect(typeof byId).toBe("function");
  });
});
