import type { CommentSegment, MentionableMember } from "@/lib/review/review-dto";
import { MENTION_PATTERN } from "@/lib/server/comment/mention-pattern";

// Cuts a comment body at the @mentions of the given members, so clients show
// them as names without parsing. `@email` of anyone else stays plain text.
// Adjacent text is merged; the segments' text always concatenates back to
// the body. Pure.
export function splitMentions(body: string, members: readonly MentionableMember[]): CommentSegment[] {
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m]));
  const segments: CommentSegment[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && "text" in last) last.text += text;
    else segments.push({ text });
  };
  let at = 0;
  for (const match of body.matchAll(MENTION_PATTERN)) {
    const member = byEmail.get(match[1]!.toLowerCase());
    if (!member) continue;
    pushText(body.slice(at, match.index));
    segments.push({ mention: { id: member.id, name: member.name, email: member.email } });
    at = match.index + match[0].length;
  }
  pushText(body.slice(at));
  return segments;
}
