import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The import direction between the layers (CONTRIBUTING.md, "Layer rules" and "Layout"),
// checked on every `npm test`: app -> components, lib/services, lib/schemas, lib/http;
// components -> lib/domain, lib/schemas; lib/services -> lib/db, lib/domain, lib/auth;
// lib/domain -> nothing; lib/async (scheduling helpers for lib/services and lib/http) -> nothing of the app;
// lib/env (the environment) -> nothing of the app, and no client code reads it.
const zone = (target, from, message) => ({ target, from, message });
const layers = [
  zone(
    "./lib/domain",
    ["./app", "./components", "./lib/db", "./lib/services", "./lib/auth", "./lib/schemas", "./lib/http", "./lib/async", "./lib/env.ts"],
    "lib/domain is pure: it imports nothing of the app.",
  ),
  zone(
    "./lib/schemas",
    ["./app", "./components", "./lib/db", "./lib/services", "./lib/auth", "./lib/http", "./lib/async", "./lib/env.ts"],
    "lib/schemas is shared by client and server: only lib/domain below it.",
  ),
  zone(
    "./components",
    ["./app", "./lib/db", "./lib/services", "./lib/auth", "./lib/http", "./lib/env.ts"],
    "Components take data as props or from the JSON API, never from the server layers.",
  ),
  zone("./app", ["./lib/db"], "Routes reach data through lib/services."),
  zone("./lib/db", ["./app", "./components", "./lib/services", "./lib/auth", "./lib/http"], "lib/db sits below the services."),
  zone("./lib/auth", ["./app", "./components", "./lib/services", "./lib/http"], "lib/auth sits below the services."),
  zone("./lib/services", ["./app", "./components", "./lib/http"], "Services are called by routes, not the other way."),
  zone("./lib/http", ["./app", "./components", "./lib/db"], "lib/http only shapes requests and responses."),
  zone("./lib/mail", ["./app", "./components", "./lib/db", "./lib/services", "./lib/auth", "./lib/http"], "lib/mail only sends mail."),
  zone(
    "./lib/ops",
    ["./app", "./components", "./lib/db", "./lib/services", "./lib/auth", "./lib/http", "./lib/schemas", "./lib/domain"],
    "lib/ops (logs, metrics, the drain) watches requests: it imports nothing of the app but the environment.",
  ),
  zone(
    "./lib/async",
    [
      "./app",
      "./components",
      "./lib/db",
      "./lib/services",
      "./lib/auth",
      "./lib/schemas",
      "./lib/http",
      "./lib/domain",
      "./lib/mail",
      "./lib/env.ts",
    ],
    "lib/async only schedules work: it imports nothing of the app.",
  ),
  zone("./lib/env.ts", ["./app", "./components", "./lib"], "lib/env.ts reads the environment and imports nothing of the app."),
];

const environmentOnlyInEnv = {
  object: "process",
  property: "env",
  message: "Read the environment through env() from lib/env.ts: validated once, typed, with errors that name the variable.",
};

const prismaOnlyInDb = {
  patterns: [{ group: ["@prisma/*"], message: "Only lib/db talks to Prisma." }],
};

const config = [
  {
    ignores: [".next/**", "node_modules/**", "data/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "import/no-restricted-paths": ["error", { zones: layers }],
      "no-restricted-imports": ["error", prismaOnlyInDb],
      "no-restricted-properties": ["error", environmentOnlyInEnv],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Where process.env belongs: the env module itself; scripts, tests and tool configs, which run outside the app
    // and hand variables to child processes; and instrumentation.ts, which must read Next's NEXT_RUNTIME before it
    // may import any server module.
    files: ["lib/env.ts", "scripts/**", "tests/**", "*.config.{mjs,ts}", "instrumentation.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["lib/db/**", "prisma.config.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "zod", "server-only", "node:*"],
              message: "lib/domain is pure and framework-free.",
            },
          ],
        },
      ],
      // Scheduling belongs to the runtime's side (lib/async), not to the app's arithmetic.
      "no-restricted-globals": [
        "error",
        ...["setTimeout", "setInterval", "setImmediate"].map((name) => ({
          name,
          message: "lib/domain is pure: timers live in lib/async.",
        })),
      ],
    },
  },
];
export default config;
