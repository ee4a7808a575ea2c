import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "@/lib/embedded-db/pglite-extensions";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { MigrationError } from "@/lib/db/migrations/migration-error";
import { loadSchemaEngine } from "./load-schema-engine";

// The SQL that would take a database built from `migrationsDir` to the state
// `schemaPath` describes, or null when they already agree.
//
// The migrations are replayed into a throwaway in-memory PGlite by the same
// runner production uses (so they are also proven to apply), then the engine
// compares that live database with the schema. Letting the engine replay them
// itself would split scripts on `;` and swallow errors through the adapter.
export async function diffMigrationsToSchema(options: {
  migrationsDir: string;
  schemaPath: string;
}): Promise<string | null> {
  const schema = await readFile(options.schemaPath, "utf8");
  const db = new PGlite({ extensions: pgliteExtensions });
  try {
    try {
      await applyMigrations(db, { migrationsDir: options.migrationsDir });
    } catch (error) {
      const reason = error instanceof MigrationError ? error.message : String(error);
      throw new Error(`The existing migrations do not apply to an empty database: ${reason}`, { cause: error });
    }

    const engine = await loadSchemaEngine({
      schemaPath: options.schemaPath,
      schema,
      adapterFactory: bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(db)),
    });
    try {
      const files = [{ path: options.schemaPath, content: schema }];
      const result = await engine.diff({
        // The "datasource" is the database behind the adapter: the replayed
        // migrations. The engine leaves _prisma_migrations out of the diff.
        from: { tag: "schemaDatasource", files, configDir: dirname(options.schemaPath) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        // With exitCode set, 2 means "there is a difference", 0 "none".
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.exitCode === 2 && result.stdout ? result.stdout : null;
    } finally {
      engine.free();
    }
  } finally {
    await db.close();
  }
}
