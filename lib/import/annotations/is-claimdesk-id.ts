// The shape of the ids Claimdesk gives rows (cuids and the import's ordered
// ids: "c" and 24 lower-case letters or digits). An import keeps a file's id
// only in this shape, so ids from other tools (Label Studio's random strings,
// doccano's numbers, UUIDs) never enter our id space.
const claimdeskId = /^c[a-z0-9]{24}$/;

export function isClaimdeskId(value: string | null | undefined): value is string {
  return typeof value === "string" && claimdeskId.test(value);
}
