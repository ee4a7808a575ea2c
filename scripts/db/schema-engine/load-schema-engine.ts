import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as SchemaEngineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

type SchemaEngineModule = typeof SchemaEngineBindings;
type WasmExports = WebAssembly.Exports & { __wbindgen_start: () => void };

let loaded: Promise<SchemaEngineModule> | undefined;

// Prisma's schema engine compiled to WebAssembly: the migration planner of
// `prisma migrate`, without the native binary the CLI would download. The
// package's own entry point imports the .wasm as an ES module, which Node
// cannot do, so its bindings are wired to the module here by hand.
function loadModule(): Promise<SchemaEngineModule> {
  loaded ??= (async () => {
    // The bindings report a Rust panic's message through this global; without
    // it a panic surfaces as an unrelated TypeError.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();

    const bindings: SchemaEngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindingsPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasm = new WebAssembly.Module(await readFile(join(dirname(bindingsPath), "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasm, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as WasmExports).__wbindgen_start();
    return bindings;
  })();
  return loaded;
}

class PanicRegistry {
  private message = "";
  get(): string {
    return this.message;
  }
  set_message(message: string): void {
    this.message = `RuntimeError: ${message}`;
  }
}

// `adapterFactory` must be bound with @prisma/driver-adapter-utils'
// bindMigrationAwareSqlAdapterFactory: the engine calls its methods detached
// and expects Result objects, not thrown errors.
export async function loadSchemaEngine(options: {
  schemaPath: string;
  schema: string;
  adapterFactory: object;
  log?: (line: string) => void;
}): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadModule();
  return SchemaEngine.new(
    { datamodels: [[options.schemaPath, options.schema]] },
    (line: string) => options.log?.(line),
    options.adapterFactory,
  );
}
