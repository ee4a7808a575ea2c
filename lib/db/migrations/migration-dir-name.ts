// `<YYYYMMDDHHMMSS>_<name>` in UTC, the folder name `prisma migrate dev`
// gives a migration: the timestamp makes name order the order of authoring,
// and the name is slugged the way Prisma's CLI does (lowercase, `_`-joined).
export function migrationDirName(name: string, now: Date): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (slug === "") throw new Error(`"${name}" is not a usable migration name: use letters and digits, e.g. add_comments.`);
  const pad = (value: number) => String(value).padStart(2, "0");
  const timestamp =
    String(now.getUTCFullYear()) +
    pad(now.getUTCMonth() + 1) +
    pad(now.getUTCDate()) +
    pad(now.getUTCHours()) +
    pad(now.getUTCMinutes()) +
    pad(now.getUTCSeconds());
  return `${timestamp}_${slug}`;
}
