// `@` + a project member's email: unambiguous (names repeat, emails do not)
// and what the comment box's autocomplete inserts. Not preceded by a word or
// email character, so "me@example.com" alone is an address, not a mention.
export const MENTION_PATTERN = /(?<![A-Za-z0-9._%+@-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![A-Za-z0-9-])/g;
