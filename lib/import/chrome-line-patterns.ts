// Site chrome, one line at a time. Patterns match a whole line after
// `normalizeChromeLine` (lowercase, bullets and edge punctuation gone), so a
// sentence that merely mentions "subscribers" or "advertisement" is safe:
// only lines that are nothing but the widget text match. Each label is shown
// to the user as the reason a block was removed.
export const CHROME_LINE_PATTERNS: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  {
    label: "share button",
    pattern:
      /^(share( (this|the))?( (post|article|story|page))?|share (on|via) \S+( \S+)?|tweet|pin it|email( this)?|print( this)?( (article|page))?|copy link|whatsapp|facebook|twitter|linkedin|telegram|reddit)$/,
  },
  {
    label: "shop or subscribe button",
    pattern:
      /^(buy now|shop now|order now|subscribe( now)?|subscribe to .{1,40}|sign up( now)?( for .{1,40})?|sign in|log ?in|log out|register|donate( now)?|get the app|download (the|our) app)$/,
  },
  {
    label: "comment form",
    pattern:
      /^(leave a (reply|comment)|post a comment|add a comment|\d+ comments?|comments?|no comments( yet)?|cancel reply|be the first to comment|please enter your (comment|name|email)( address)?( here)?|you must be logged in to post a comment|save my name,? email.{0,80})$/,
  },
  {
    label: "navigation or recommendation widget",
    pattern:
      /^(related( (articles?|posts?|stories|news|content|reading|topics))?|latest( (articles?|news|posts?|stories|videos?))?|more (from|on|stories|news)( .{1,40})?|read more|read next|see also|also read|must read|recommended( for you)?|you (may|might) also like|trending( now)?|popular (posts?|articles?|stories)|most (read|popular|viewed)|top stories|editor'?s picks?|(previous|next) (article|post|story)|stay connected|follow us( on .{1,40})?|back to top|skip to (main )?content|home|menu|search|close)$/,
  },
  {
    label: "advertisement",
    pattern: /^(advertisement|advertisement\b.{0,40}|ad|ads|sponsored( content)?|(story|article) continues below (this )?(ad|advertisement)|continue reading below)$/,
  },
  {
    label: "source or end marker",
    pattern: /^(source link|source|end of (the )?(article|story)|(image|photo|video) (credit|source)s?:.{0,80})$/,
  },
  { label: "category or tag list", pattern: /^((post )?categor(y|ies)|tags?|filed under|topics?)\s*:.{0,80}$/ },
  {
    label: "legal notice",
    pattern: /^((©|\(c\)|copyright\b).{0,100}|.{0,80}all rights reserved.{0,40}|privacy policy|terms( of (use|service))?|cookie (policy|settings)|we use cookies.{0,120})$/,
  },
  { label: "follower counter", pattern: /^\d[\d,.]*\s*[km]?\s*(fans|followers|subscribers|likes?|members|views|shares?|comments?)\b.{0,30}$|^\d[\d,.]*\s*[km]?\s*(fans|followers|subscribers)/ },
  { label: "weather line", pattern: /^-?\d{1,3}([.,]\d+)?\s*°?\s*[cf]$|^.{0,20}\d\s*°\s*[cf]\b.{0,20}$/ },
  { label: "template token", pattern: /(^|[\s-])[a-z]+(_[a-z0-9]+)+($|\s)|\{\{.*\}\}|\{%.*%\}|^\[\/?[a-z_]+[^\]]*\]$/ },
  { label: "bare link", pattern: /^(https?:\/\/|www\.)\S+$/ },
];
