// The app as production runs it: a production build (in .next-bench, built when missing or
// with --build), started by `npm start`'s launcher on the embedded PostgreSQL with demo data.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../lib/db/embedded-postgres.ts";

/** Where the bench's build lives; BENCH_DIST_DIR names another (e.g. an older build to compare with). */
export const DIST_DIR = process.env.BENCH_DIST_DIR || ".next-bench";
export const AUTH_SECRET = "bench-secret-0123456789abcdef0123456789abcdef";

export function buildIfNeeded(force: boolean) {
  if (!force && existsSync(path.join(DIST_DIR, "BUILD_ID"))) return;
  console.error(`[bench] building the production app into ${DIST_DIR} …`);
  const r = spawnSync("npx", ["tsx", "scripts/build.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NODE_ENV: "production" },
  });
  if (r.status !== 0) throw new Error("next build failed");
}

export type RunningApp = { baseUrl: string; databaseUrl: string; pid: number; output: () => string; stop: () => Promise<void> };

/** Starts the app; `env` adds to the environment of the launcher (and so of Next.js). */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const port = await findFreePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "paperclub-bench-"));
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/run-app.ts", "start"], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      PORT: String(port),
      PAPERCLUB_DATA_DIR: dataDir,
      DATABASE_URL: "",
      AUTH_SECRET,
      AUTH_DEV_LOGIN: "",
      APP_URL: "",
      ...env,
    },
  });
  let log = "";
  const databaseUrl = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const m = log.match(/listening on 127\.0\.0\.1:(\d+)/);
      if (m) resolve(`postgresql://paperclub:paperclub@127.0.0.1:${m[1]}/paperclub`);
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", (code) => reject(new Error(`the app exited (${code}):\n${log.slice(-2000)}`)));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = await databaseUrl;
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseUrl,
    databaseUrl: url,
    pid: child.pid!,
    output: () => log,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {}
      await new Promise((r) => setTimeout(r, 1500));
    },
  };
}

/** Runs a bench script's main and exits: 0 when done, 1 with the error printed. */
export function runScript(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
