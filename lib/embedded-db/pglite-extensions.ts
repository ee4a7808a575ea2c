import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

// Postgres extensions the migrations create. PGlite ships contrib extensions
// as separate bundles that must be loaded when the instance is created, before
// a migration's CREATE EXTENSION can find them; every PGlite that replays the
// migrations (embedded server, migration diffing, tests) passes these.
export const pgliteExtensions = { pg_trgm };
