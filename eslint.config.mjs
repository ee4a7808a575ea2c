import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error", "warn", "log"] }],
    },
  },
  {
    // Shared components end up in the browser bundle: they may import types
    // from server-only modules, never values (a value import would drag the
    // database client, secrets or node built-ins toward the client, or invite
    // a component to read data without the access check).
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/server/**",
                "@/lib/db",
                "@/lib/db/**",
                "@/lib/env",
                "@/lib/embedded-db/**",
                "@/lib/seed/**",
                "@/lib/crypto/**",
                "@/lib/generated/prisma/client",
                "@/lib/auth/*",
                "!@/lib/auth/permissions",
                "@/lib/realtime/get-pub-sub",
                "@/lib/realtime/create-postgres-pub-sub",
                "@/lib/realtime/create-memory-pub-sub",
                "@/lib/realtime/get-presence-registry",
              ],
              allowTypeImports: true,
              message: "components/ runs in the browser: import only types from server-only modules; fetch data through a route or pass it from a server page.",
            },
          ],
        },
      ],
    },
  },
  {
    // Configuration comes from the environment through lib/env.ts only, where
    // it is validated once at start-up; a stray process.env read would skip
    // that validation and its defaults.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts", "instrumentation.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() or envSubset() from @/lib/env." },
      ],
    },
  },
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "scripts/**/*.compiled.mjs"],
  },
];

export default config;
