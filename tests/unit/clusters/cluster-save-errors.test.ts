import { describe, expect, it } from "vitest";
import { ApiRequestError } from "@/components/api-client/api-request";
import { describeClusterSaveError } from "@/components/clusters/describe-cluster-save-error";
import { isAlreadyClusteredConflict } from "@/components/clusters/is-already-clustered-conflict";

const stale = "Someone else changed this cluster (it is now at version 4; you edited version 3). Your change was not saved: look at the current version and make it again.";

describe("describeClusterSaveError", () => {
  it("keeps the server's 409 sentence and says the typed input is still there", () => {
    const text = describeClusterSaveError(new ApiRequestError(409, stale), { kept: true });
    expect(text.startsWith(stale)).toBe(true);
    expect(text).toContain("What you typed is still in the form");
  });

  it("says the list was re-read when nothing typed is at stake (a removal)", () => {
    expect(describeClusterSaveError(new ApiRequestError(409, stale), { kept: false })).toBe(`${stale} The list now shows the current version.`);
  });

  it("passes other errors through as they are, with a fallback for empty ones", () => {
    expect(describeClusterSaveError(new ApiRequestError(400, "evidence url must be an http(s) address."), { kept: true })).toBe(
      "evidence url must be an http(s) address.",
    );
    expect(describeClusterSaveError("boom", { kept: true })).toBe("The change could not be saved. Try again.");
  });
});

describe("isAlreadyClusteredConflict", () => {
  it("recognises the 409 of a claim that is in another cluster", () => {
    expect(
      isAlreadyClusteredConflict(new ApiRequestError(409, "This claim is already a member of another cluster. Send move: true to move it to this one.")),
    ).toBe(true);
  });

  it("leaves other 409s and other errors alone", () => {
    expect(isAlreadyClusteredConflict(new ApiRequestError(409, "This claim is already a member of this cluster."))).toBe(false);
    expect(isAlreadyClusteredConflict(new ApiRequestError(409, "This cluster has been deleted; restore it before adding members."))).toBe(false);
    expect(isAlreadyClusteredConflict(new ApiRequestError(400, "This claim is already a member of another cluster."))).toBe(false);
    expect(isAlreadyClusteredConflict(new Error("This claim is already a member of another cluster."))).toBe(false);
  });
});
