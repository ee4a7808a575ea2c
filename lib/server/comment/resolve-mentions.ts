import type { DbClient } from "@/lib/server/db-client";
import { extractMentionEmails } from "@/lib/server/comment/extract-mention-emails";
import { listMentionableMembers } from "@/lib/server/comment/list-mentionable-members";

// The ids of the project members a body mentions, in order of mention.
export async function resolveMentions(tx: DbClient, projectId: string, body: string): Promise<string[]> {
  const emails = extractMentionEmails(body);
  if (emails.length === 0) return [];
  const members = await listMentionableMembers(tx, projectId);
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m.id]));
  return emails.flatMap((email) => {
    const id = byEmail.get(email);
    return id ? [id] : [];
  });
}
