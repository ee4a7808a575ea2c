// A brat collection checker after brat's own rules (server/src/verify_annotations.py
// and projectconfig.py, read to learn, not copied): annotation.conf declares
// the entity types, relation types with the types their Arg1/Arg2 may have,
// and attributes with the types they apply to and their values; tools.conf's
// [normalization] declares the databases N lines may cite. Returns what brat
// would flag, one message per problem (empty: the folder opens as it is).

type Conf = {
  entities: Set<string>;
  relations: Map<string, { arg1: Set<string>; arg2: Set<string> }>;
  attributes: Map<string, { args: Set<string>; values: Set<string> }>;
};

function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = "";
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*$/, "").trimEnd();
    if (line.trim() === "") continue;
    const header = /^\[(\w+)\]$/.exec(line.trim());
    if (header) out.set((current = header[1] as string), []);
    else out.get(current)?.push(line.trim());
  }
  return out;
}

function args(spec: string): Map<string, string[]> {
  return new Map(spec.split(/,\s*/).map((part) => {
    const [name, values] = part.split(":");
    return [name ?? "", (values ?? "").split("|")];
  }));
}

export function readAnnotationConf(text: string): Conf {
  const s = sections(text);
  const conf: Conf = { entities: new Set(s.get("entities") ?? []), relations: new Map(), attributes: new Map() };
  for (const line of s.get("relations") ?? []) {
    const [name, spec] = line.split(/\t+/);
    if (!name || !spec || name.startsWith("<")) continue;
    const a = args(spec);
    conf.relations.set(name, { arg1: new Set(a.get("Arg1")), arg2: new Set(a.get("Arg2")) });
  }
  for (const line of s.get("attributes") ?? []) {
    const [name, spec] = line.split(/\t+/);
    if (!name || !spec) continue;
    const a = args(spec);
    conf.attributes.set(name, { args: new Set(a.get("Arg")), values: new Set(a.get("Value")) });
  }
  return conf;
}

export function readNormalizationDbs(toolsConf: string): Set<string> {
  return new Set((sections(toolsConf).get("normalization") ?? []).map((l) => l.split(/\t+/)[0] ?? ""));
}

export function checkBratAnn(ann: string, conf: Conf, dbs: Set<string>): string[] {
  const problems: string[] = [];
  const types = new Map<string, string>();
  const lines = ann.split("\n").filter((l) => l !== "");
  for (const line of lines.filter((l) => l.startsWith("T"))) {
    const [id, spec] = line.split("\t");
    const type = spec?.split(" ")[0] ?? "";
    types.set(id ?? "", type);
    if (!conf.entities.has(type)) problems.push(`${id}: entity type "${type}" is not in annotation.conf`);
  }
  for (const line of lines) {
    const [id, spec] = line.split("\t");
    const parts = (spec ?? "").split(" ");
    if (line.startsWith("A")) {
      const [name, target, value] = parts;
      const attribute = conf.attributes.get(name ?? "");
      if (!attribute) problems.push(`${id}: attribute "${name}" is not in annotation.conf`);
      else {
        if (!attribute.args.has(types.get(target ?? "") ?? "")) problems.push(`${id}: "${name}" does not apply to ${types.get(target ?? "")}`);
        if (!attribute.values.has(value ?? "")) problems.push(`${id}: "${value}" is not a value of "${name}"`);
      }
    } else if (line.startsWith("R")) {
      const [name, a1, a2] = parts;
      const relation = conf.relations.get(name ?? "");
      const t1 = types.get(a1?.replace("Arg1:", "") ?? "") ?? "";
      const t2 = types.get(a2?.replace("Arg2:", "") ?? "") ?? "";
      if (!relation) problems.push(`${id}: relation "${name}" is not in annotation.conf`);
      else if (!relation.arg1.has(t1) || !relation.arg2.has(t2)) problems.push(`${id}: "${name}" may not join ${t1} and ${t2}`);
    } else if (line.startsWith("N")) {
      const db = parts[2]?.split(":")[0] ?? "";
      if (!dbs.has(db)) problems.push(`${id}: normalisation database "${db}" is not in tools.conf`);
    }
  }
  return problems;
}
