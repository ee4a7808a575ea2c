import { defineConfig } from "prisma/config";

// DATABASE_URL is read directly (not through Prisma's env() helper, which
// throws when unset) so `prisma generate` works on a fresh machine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/claimdesk" },
});
