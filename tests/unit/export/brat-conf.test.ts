import { describe, expect, it } from "vitest";
import { serializeBrat } from "@/lib/export/serialize-brat";
import { checkBratAnn, readAnnotationConf, readNormalizationDbs } from "@/tests/support/check-brat-collection";
import { collect } from "./fixtures/collect";
import { fixtureOptions, smallDataset } from "./fixtures/small-dataset";

describe("brat configuration from the label schema (issue 13, defect 3)", () => {
  it("the zip's files include annotation.conf, visual.conf and tools.conf", async () => {
    const paths = (await collect(serializeBrat(smallDataset(), fixtureOptions))).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["annotation.conf", "visual.conf", "tools.conf"]));
  });

  it("annotation.conf declares every type, relation, status value and reference the .ann files use: brat flags nothing", async () => {
    const files = new Map((await collect(serializeBrat(smallDataset(), fixtureOptions))).map((f) => [f.path, f.content]));
    const conf = readAnnotationConf(files.get("annotation.conf") ?? "");
    expect([...conf.entities].sort()).toEqual(["claim", "claim-event", "claim-statistical", "entity", "location", "organization", "other", "person"]);
    expect(conf.attributes.get("Status")?.values).toEqual(new Set(["false", "mixed", "unverified"]));
    expect([...conf.relations.keys()].sort()).toEqual(["Claimant", "Object", "Other", "Place", "Subject"]);
    const dbs = readNormalizationDbs(files.get("tools.conf") ?? "");
    expect(dbs).toEqual(new Set(["Wikidata", "Claimdesk"]));
    const anns = [...files].filter(([path]) => path.endsWith(".ann"));
    expect(anns).toHaveLength(2);
    for (const [path, ann] of anns) expect(checkBratAnn(ann, conf, dbs), path).toEqual([]);
    // Claims contain mentions and annotators' spans cross: overlap must be allowed.
    expect(files.get("annotation.conf")).toContain("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>");
  });

  it("visual.conf shows the project's display names", async () => {
    const files = new Map((await collect(serializeBrat(smallDataset(), fixtureOptions))).map((f) => [f.path, f.content]));
    const visual = files.get("visual.conf") ?? "";
    expect(visual).toContain("[labels]");
    expect(visual).toContain("claim-statistical | Claim: Statistic | Statistic");
    expect(visual).toContain("person | Person");
    expect(visual).toContain("[drawing]");
  });

  it("the checker is able to fail: an undeclared type and status value are flagged", () => {
    const conf = readAnnotationConf("[entities]\nperson\n[relations]\n[events]\n[attributes]\nStatus\tArg:person, Value:true\n");
    expect(checkBratAnn("T1\tplace 0 1\tx\nA1\tStatus T1 false\n", conf, new Set())).toHaveLength(3);
  });
});
