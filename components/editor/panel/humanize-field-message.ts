// The shared schemas word their messages for API clients, naming the JSON
// field ("externalId looks like…"); beside a labelled form field the label's
// own words read better. Only a leading field name is replaced.
const fieldNames: ReadonlyArray<[RegExp, string]> = [
  [/^evidence url\b/, "URL"],
  [/^evidence title\b/, "Title"],
  [/^evidence note\b/, "Note"],
  [/^externalId\b/, "External id"],
  [/^typeId\b/, "Type"],
  [/^name\b/, "Name"],
  [/^description\b/, "Description"],
  [/^aliases\b/, "Aliases"],
];

export function humanizeFieldMessage(message: string): string {
  for (const [pattern, name] of fieldNames) {
    if (pattern.test(message)) return message.replace(pattern, name);
  }
  return message;
}
