import { readFileSync } from "node:fs";
import { suggestForText } from "@/lib/suggestions/suggest-for-text";
import { demoEntities } from "@/lib/seed/demo-annotations";
const text = readFileSync(process.argv[2]!,"utf8");
const registry = demoEntities.map(e => ({ entityId: e.key, entityType: e.type, names: [e.name, ...e.aliases] }));
const t0=performance.now();
const r = suggestForText({ text, registry });
console.log(performance.now()-t0);
for (const e of r) console.log(e.kind[0], e.source, e.entityType, e.entityId, e.start, JSON.stringify(e.exact.slice(0,90)), e.kind==="CLAIM"? e.reason+" "+e.score:"");
