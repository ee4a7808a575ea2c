import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type SessionMembershipRow = {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  disabledAt: Date | null;
  sessionVersion: number;
  revoked: boolean;
  role: Role | null;
  projectId: string | null;
  projectSlug: string | null;
  projectName: string | null;
  projectDescription: string | null;
  blindAnnotation: boolean | null;
};

// The user a session names, whether that session was signed out, and their
// membership in the live project of that slug (null columns: none), in one
// plain statement. It runs on every project request; written as SQL because
// Prisma's nested select compiles the query, builds and then parses JSON for
// each relation (docs/benchmarks.md, "Framework floor and round 3 cuts").
// Parameters are bound, never spliced into the text.
export async function findSessionMembership(uid: string, sid: string, slug: string | null): Promise<SessionMembershipRow | null> {
  const rows = await db.$queryRaw<SessionMembershipRow[]>`
    SELECT u.id, u.email, u.name, u."isAdmin", u."disabledAt", u."sessionVersion",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.id = ${sid} AND r."userId" = u.id) AS revoked,
           m.role::text AS role, p.id AS "projectId", p.slug AS "projectSlug", p.name AS "projectName",
           p.description AS "projectDescription", p."blindAnnotation"
    FROM "User" u
    LEFT JOIN ("Membership" m JOIN "Project" p ON p.id = m."projectId" AND p.slug = ${slug} AND p."deletedAt" IS NULL)
      ON m."userId" = u.id
    WHERE u.id = ${uid}
    LIMIT 1`;
  return rows[0] ?? null;
}
