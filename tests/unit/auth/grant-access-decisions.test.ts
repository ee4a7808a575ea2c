import { describe, expect, it } from "vitest";
import { sessionUserIfCurrent } from "@/lib/auth/find-session-user";
import { grantProjectAccess } from "@/lib/server/project/require-project-access";

// The decisions authenticateProjectRequest takes on the one row it reads.
const user = { id: "u1", email: "a@example.com", name: "A", isAdmin: false, disabledAt: null, sessionVersion: 2, revokedSessions: [] };
const project = { id: "p1", slug: "p", name: "P", description: "", blindAnnotation: false };

describe("sessionUserIfCurrent", () => {
  it("accepts an enabled user whose session version matches and whose session is not revoked", () => {
    expect(sessionUserIfCurrent(user, 2)).toEqual({ id: "u1", email: "a@example.com", name: "A", isAdmin: false });
  });
  it("refuses a missing user, a disabled one, a moved-on version and a revoked session", () => {
    expect(sessionUserIfCurrent(null, 2)).toBeNull();
    expect(sessionUserIfCurrent({ ...user, disabledAt: new Date(0) }, 2)).toBeNull();
    expect(sessionUserIfCurrent(user, 1)).toBeNull();
    expect(sessionUserIfCurrent({ ...user, revokedSessions: [{ id: "s" }] }, 2)).toBeNull();
  });
});

describe("grantProjectAccess", () => {
  it("grants what the role allows", () => {
    expect(grantProjectAccess({ role: "ANNOTATOR", project }, "u1", "annotations.create")).toMatchObject({ role: "ANNOTATOR", userId: "u1", project });
  });
  it("answers NOT_FOUND to non-members and FORBIDDEN to a role that may not", () => {
    expect(() => grantProjectAccess(null, "u1", "project.view")).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(() => grantProjectAccess({ role: "VIEWER", project }, "u1", "annotations.create")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
