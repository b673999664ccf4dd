// `npm run dev` / `npm start`: make sure a migrated database is there (embedded unless
// DATABASE_URL is set, seeded with demo data when empty), then run Next.js on PORT.
// Development turns the development sign-in on (AUTH_DEV_LOGIN=1) unless told otherwise;
// production refuses it. Without AUTH_SECRET, a random one is kept beside the embedded data.
// Production keeps the embedded data outside the project and refuses a folder inside
// node_modules; the embedded server is restarted if it dies (decision 018).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nextEnv from "@next/env";

const mode = process.argv[2] === "start" ? "start" : "dev";
// Read .env files as Next.js does, so DATABASE_URL and the rest work from there too.
nextEnv.loadEnvConfig(process.cwd(), mode === "dev");
const processEnv = process.env as Record<string, string | undefined>;
processEnv.NODE_ENV ??= mode === "start" ? "production" : "development";
// On unless turned off with AUTH_DEV_LOGIN=0.
if (mode === "dev" && !processEnv.AUTH_DEV_LOGIN) processEnv.AUTH_DEV_LOGIN = "1";

const APP_URL_UNSET_WARNING =
  "[origin] APP_URL is not set: links in pages, feeds and emails, and NextAuth's sign-in links, use the Host header " +
  "each request arrives with, which any client can choose (a sign-in email requested with a forged Host links to that host). " +
  "Set APP_URL to the site's public origin, e.g. APP_URL=https://club.example (docs/decisions/026-one-origin.md).";

function persistentSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  // Imported here so that a bad environment is reported by the catch below, in one line.
  const { assertSafeProductionConfig, parseEnv } = await import("../lib/env.ts");
  const { ensureDatabase } = await import("../lib/db/ensure-database.ts");
  const { seedIfEmpty } = await import("../prisma/seed.ts");
  const { findFreePort } = await import("../lib/db/embedded-postgres.ts");
  const { startFront } = await import("../lib/front/front-server.ts");
  const { startPersonalLayer } = await import("../lib/front/personal-layer.ts");
  const { productionDataDirProblem } = await import("../lib/db/data-dir.ts");
  const env = parseEnv();
  assertSafeProductionConfig(env);
  const dataDirProblem = mode === "start" && !env.DATABASE_URL ? productionDataDirProblem(env.PAPERCLUB_DATA_DIR) : null;
  if (dataDirProblem) throw new Error(dataDirProblem);
  if (!env.AUTH_SECRET) {
    if (env.DATABASE_URL && mode === "start") {
      throw new Error("AUTH_SECRET is not set. Set it to a random string of at least 32 characters (openssl rand -base64 32).");
    }
    processEnv.AUTH_SECRET = persistentSecret(env.PAPERCLUB_DATA_DIR);
  }
  // NextAuth takes the site's origin from APP_URL, else from the request as the NextAuth route
  // hands it on (lib/http/site-origin.ts): one rule, so NEXTAUTH_URL is not read by hand.
  if (env.APP_URL) processEnv.NEXTAUTH_URL = env.APP_URL;
  else {
    delete processEnv.NEXTAUTH_URL;
    processEnv.AUTH_TRUST_HOST = "1";
    if (mode === "start") console.warn(APP_URL_UNSET_WARNING);
  }

  // If the embedded server cannot be brought back, stop with an error: a process manager
  // (systemd, a container's restart policy) then restarts the whole app.
  let giveUp: () => void = () => process.exit(1);
  const db = await ensureDatabase({ seedIfEmpty, restart: { onGiveUp: () => giveUp() } });
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  // In production a front on PORT answers public reads from a short cache and passes the rest
  // to Next.js on a private port (lib/front/front-server.ts, docs/decisions/020-public-page-cache.md).
  const front = mode === "start" && env.PUBLIC_CACHE_SECONDS > 0;
  const nextPort = front ? await findFreePort() : env.PORT;
  const where = front ? ["--port", String(nextPort), "--hostname", "127.0.0.1"] : ["--port", String(env.PORT)];
  if (front) {
    // Signed-in people get the cached pages too, with their personal layer (decision 028).
    const personal = startPersonalLayer({ databaseUrl: db.url, secret: processEnv.AUTH_SECRET! });
    await startFront({
      port: env.PORT,
      upstreamPort: nextPort,
      cacheSeconds: env.PUBLIC_CACHE_SECONDS,
      trustedProxies: env.TRUSTED_PROXIES,
      personal,
      appUrl: env.APP_URL,
    });
    console.log(`[front] public pages cached for ${env.PUBLIC_CACHE_SECONDS} s on port ${env.PORT}; Next.js on 127.0.0.1:${nextPort}`);
  }
  const child = spawn(process.execPath, [nextBin, mode, ...where, ...process.argv.slice(3)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1", PAPERCLUB_BEHIND_FRONT: front ? "1" : "0" },
  });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill("SIGTERM");
    await db.stop().catch(() => {});
    process.exit(code);
  };
  giveUp = () => void shutdown(1);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));
  child.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
