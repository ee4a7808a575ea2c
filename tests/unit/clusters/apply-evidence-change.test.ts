import { describe, expect, it } from "vitest";
import type { ClusterEvidenceDTO } from "@/lib/clusters/cluster-dto";
import { applyEvidenceChange } from "@/components/clusters/apply-evidence-change";

const report: ClusterEvidenceDTO = { id: "e1", url: "https://example.org/report", title: "Report", stance: "SUPPORTS", note: "" };
const denial: ClusterEvidenceDTO = { id: "e2", url: "https://example.org/denial", title: "Denial", stance: "REFUTES", note: "official" };
const typed = { url: "https://example.org/new", title: "New", stance: "CONTEXT" as const, note: "typed" };

describe("applyEvidenceChange", () => {
  it("adds a new item at the end, without an id, keeping the others' ids", () => {
    expect(applyEvidenceChange([report, denial], { kind: "add" }, typed)).toEqual([
      { id: "e1", url: report.url, title: "Report", stance: "SUPPORTS", note: "" },
      { id: "e2", url: denial.url, title: "Denial", stance: "REFUTES", note: "official" },
      typed,
    ]);
  });

  it("edits the item named by id, in place, keeping its id", () => {
    const list = applyEvidenceChange([report, denial], { kind: "edit", id: "e2" }, typed);
    expect(list).toEqual([{ ...report }, { ...typed, id: "e2" }]);
  });

  it("edits by id even when a colleague's change moved the item (the list re-read after a 409)", () => {
    const reread: ClusterEvidenceDTO[] = [{ ...denial }, { id: "e3", url: "https://example.org/other", title: "", stance: "CONTEXT", note: "" }, { ...report }];
    const list = applyEvidenceChange(reread, { kind: "edit", id: "e1" }, typed);
    expect(list.map((e) => e.id)).toEqual(["e2", "e3", "e1"]);
    expect(list[2]).toEqual({ ...typed, id: "e1" });
  });

  it("adds an edited item back as new when someone removed it meanwhile, rather than losing it", () => {
    expect(applyEvidenceChange([denial], { kind: "edit", id: "e1" }, typed)).toEqual([{ ...denial }, typed]);
  });

  it("never sends an id the typed item carries for a new item", () => {
    expect(applyEvidenceChange([], { kind: "add" }, { ...typed, id: "e9" })).toEqual([typed]);
  });

  it("removes the item named by id; removing one already gone changes nothing", () => {
    expect(applyEvidenceChange([report, denial], { kind: "remove", id: "e1" }, null)).toEqual([{ ...denial }]);
    expect(applyEvidenceChange([denial], { kind: "remove", id: "e1" }, null)).toEqual([{ ...denial }]);
  });
});
