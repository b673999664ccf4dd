// `npm run dev` / `npm start`: make sure a migrated database is there (embedded unless
// DATABASE_URL is set, seeded with demo data when empty), then run Next.js on PORT.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { ensureDatabase } from "../lib/db/ensure-database.ts";
import { parseEnv } from "../lib/env.ts";

const mode = process.argv[2] === "start" ? "start" : "dev";
(process.env as Record<string, string | undefined>).NODE_ENV ??= mode === "start" ? "production" : "development";

async function main() {
  const env = parseEnv();
  const db = await ensureDatabase({ seedIfEmpty: true });
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, mode, "--port", String(env.PORT), ...process.argv.slice(3)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill("SIGTERM");
    await db.stop().catch(() => {});
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
