// Words news reports use interchangeably for the same thing. Each group is
// folded onto its first word, so "travelled to" meets "visited" and "guest of
// honour" meets "chief guest" on "guest". General English only: nothing here
// is about a particular story.
export const paraphraseGroups: readonly (readonly string[])[] = [
  ["say", "state", "tell", "claim", "assert", "announce", "declare", "remark"],
  ["report", "reportedly", "according"],
  ["visit", "visitor", "travel", "trip", "tour", "journey"],
  ["meet", "meeting", "gathering", "encounter", "convene", "talks", "meetup"],
  ["speak", "address", "talk", "speech"],
  ["attend", "participate", "participation", "presence", "present", "join", "appear", "appearance"],
  ["event", "function", "ceremony", "occasion"],
  ["leader", "chief", "commander", "official", "figure", "boss"],
  ["group", "organization", "outfit", "faction", "movement"],
  ["kill", "die", "dead", "death", "slay", "fatality"],
  ["injure", "wound", "hurt", "injury"],
  ["attack", "strike", "assault", "raid", "bombing", "massacre"],
  ["show", "reveal", "depict", "display", "capture", "feature"],
  ["video", "footage", "clip", "recording"],
  ["before", "prior", "ahead", "earlier", "preceding"],
  ["after", "following", "later", "subsequent", "subsequently"],
  ["host", "organize", "organise", "arrange"],
  ["designate", "proscribe", "blacklist"],
  ["terror", "terrorist", "terrorism"],
  ["troop", "force", "soldier", "army", "military"],
  ["felicitate", "honor", "fete", "award"],
  ["press", "media", "journalist"],
  ["large", "big", "major", "huge", "massive"],
  ["emerge", "emergence", "surface", "circulate", "leak"],
  ["frequent", "frequently", "repeated", "repeatedly", "multiple", "often", "regular", "regularly"],
  ["arrest", "detain", "apprehend", "custody"],
  ["accuse", "allege", "blame"],
  ["deny", "reject", "dismiss", "refute"],
  ["increase", "rise", "grow", "growth", "surge", "climb"],
  ["decrease", "fall", "drop", "decline", "plunge"],
  ["buy", "purchase", "acquire", "acquisition"],
  ["begin", "start", "launch", "commence"],
];

// Names written several ways, folded before tokenising so "U.S.", "US" and
// "United States" become one token (and the acronym never reads as the
// pronoun "us"). Acronyms match case-sensitively; long forms in any case.
export const phraseFolds: readonly { pattern: RegExp; token: string }[] = [
  { pattern: /\b(?:the\s+)?united\s+states(?:\s+of\s+america)?\b/gi, token: "UnitedStates" },
  { pattern: /\bU\.S\.(?:A\.)?|\bUSA?\b/g, token: "UnitedStates" },
  { pattern: /\b(?:the\s+)?united\s+kingdom\b|\bbritain\b/gi, token: "UnitedKingdom" },
  { pattern: /\bU\.K\.|\bUK\b/g, token: "UnitedKingdom" },
  { pattern: /\b(?:the\s+)?united\s+nations\b/gi, token: "UnitedNations" },
  { pattern: /\bU\.N\.|\bUN\b/g, token: "UnitedNations" },
  { pattern: /\b(?:the\s+)?european\s+union\b/gi, token: "EuropeanUnion" },
  { pattern: /\bEU\b/g, token: "EuropeanUnion" },
];
