export type RegistryEntity = { id: string; name: string; aliases: readonly string[] };

export type EntityMatcher = { find: (text: string) => string[] };

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Finds registry entities named in a text by name or alias. Short or
// mixed-case forms ("LeT", "UN") match case-sensitively so the verb "let"
// is not Lashkar-e-Taiba; longer names match in any case. One regular
// expression per project, built once per query.
export function createEntityMatcher(entities: readonly RegistryEntity[]): EntityMatcher {
  const forms: Array<{ id: string; form: string; exactCase: boolean }> = [];
  for (const entity of entities) {
    for (const form of new Set([entity.name, ...entity.aliases].map((f) => f.trim()).filter((f) => f.length >= 2))) {
      const exactCase = form.length <= 4 || /[A-Z].*[A-Z]/.test(form.slice(1)) || /[a-z][A-Z]/.test(form);
      forms.push({ id: entity.id, form, exactCase });
    }
  }
  // Longest first so "Dr. Naji Zaheer" wins over "Zaheer" at one place.
  forms.sort((a, b) => b.form.length - a.form.length);
  const exact = forms.filter((f) => f.exactCase);
  const loose = forms.filter((f) => !f.exactCase);
  const build = (list: typeof forms, flags: string) =>
    list.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((f) => escape(f.form)).join("|")})(?![\\p{L}\\p{N}])`, flags);
  const exactRe = build(exact, "gu");
  const looseRe = build(loose, "giu");
  const idOf = new Map<string, string>();
  for (const f of exact) idOf.set(f.form, f.id);
  for (const f of loose) idOf.set(f.form.toLowerCase(), f.id);
  return {
    find(text) {
      const ids = new Set<string>();
      for (const m of exactRe ? text.matchAll(exactRe) : []) {
        const id = idOf.get(m[0]);
        if (id) ids.add(id);
      }
      for (const m of looseRe ? text.matchAll(looseRe) : []) {
        const id = idOf.get(m[0].toLowerCase());
        if (id) ids.add(id);
      }
      return [...ids];
    },
  };
}
