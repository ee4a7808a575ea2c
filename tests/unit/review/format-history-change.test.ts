import { describe, expect, it } from "vitest";
import { formatHistoryChanges } from "@/components/review/format-history-change";
import { describeNotification } from "@/components/inbox/describe-notification";
import type { NotificationDTO } from "@/lib/review/review-dto";

const label = (id: string, name: string) => ({ id, key: id, name, color: "#000000", rating: null, hotkey: null });
const labels = { claimTypes: [label("c1", "Factual")], statuses: [label("s1", "True")], entityTypes: [label("e1", "Person")] };

describe("formatHistoryChanges", () => {
  it("names fields, resolves labels, summarises lists and hides quote context", () => {
    expect(
      formatHistoryChanges(
        [
          { field: "claimTypeId", before: null, after: "c1" },
          { field: "statusId", before: "s1", after: "gone" },
          { field: "confidence", before: 0.5, after: 0.75 },
          { field: "evidence", before: [], after: [{ title: "", url: "https://a" }, { title: "B", url: "https://b" }] },
          { field: "entities", before: [], after: [{ entityId: "x" }] },
          { field: "reviewState", before: "PENDING", after: "CHANGES_REQUESTED" },
          { field: "prefix", before: "a", after: "b" },
        ],
        labels,
      ),
    ).toEqual([
      { field: "claimTypeId", name: "Claim type", before: "—", after: "Factual" },
      { field: "statusId", name: "Verification status", before: "True", after: "(a removed label)" },
      { field: "confidence", name: "Confidence", before: "50%", after: "75%" },
      { field: "evidence", name: "Evidence", before: "0 items", after: "https://a; B" },
      { field: "entities", name: "Linked entities", before: "0 entity links", after: "1 entity link" },
      { field: "reviewState", name: "Review state", before: "Pending review", after: "Changes requested" },
    ]);
  });
});

describe("describeNotification", () => {
  const base: NotificationDTO = {
    id: "n",
    kind: "REVIEW",
    actor: { id: "u", name: "Rita" },
    project: null,
    article: null,
    annotation: null,
    payload: { decision: "REQUEST_CHANGES" },
    readAt: null,
    createdAt: "2026-11-22T00:00:00.000Z",
    href: null,
  };
  it("says who did what", () => {
    expect(describeNotification(base)).toBe("Rita requested changes on your annotation");
    expect(describeNotification({ ...base, payload: { decision: "ACCEPT" } })).toBe("Rita accepted your annotation");
    expect(describeNotification({ ...base, kind: "MENTION", actor: null })).toBe("Someone mentioned you");
    expect(describeNotification({ ...base, kind: "REPLY" })).toBe("Rita replied to you");
  });
});
