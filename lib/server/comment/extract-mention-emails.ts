import { MENTION_PATTERN } from "@/lib/server/comment/mention-pattern";

// The emails @mentioned in a comment body, lowercased, each once, in order of
// first appearance. Whether they belong to project members is decided by the
// caller against the database. Pure.
export function extractMentionEmails(body: string): string[] {
  const seen = new Set<string>();
  for (const match of body.matchAll(MENTION_PATTERN)) seen.add(match[1]!.toLowerCase());
  return [...seen];
}
