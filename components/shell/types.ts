// Plain, serialisable shapes the server passes into the shell. Kept separate
// from Prisma types on purpose: client components must never receive raw rows.

export type ShellRole = "OWNER" | "REVIEWER" | "ANNOTATOR" | "VIEWER";

export type ShellProject = { slug: string; name: string; role: ShellRole };

export type ShellUser = { name: string; email: string };
