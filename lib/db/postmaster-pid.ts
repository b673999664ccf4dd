// What a running PostgreSQL says about itself in <data folder>/postmaster.pid (a documented
// format): its process id on the first line, its port on the fourth. Lets the db scripts and
// the e2e tests reach the embedded server that `npm run dev`/`npm start` started on a free port.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The fixed credentials and database of the embedded server (lib/db/embedded-postgres.ts). */
export const EMBEDDED_USER = "paperclub";
export const EMBEDDED_PASSWORD = "paperclub";
export const EMBEDDED_DATABASE = "paperclub";

export function embeddedUrl(port: number, database = EMBEDDED_DATABASE): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The postmaster's pid and port, or null when the folder holds no running (or cleanly stopped) server. */
export function readPostmasterPid(pgDataDir: string): { pid: number; port: number } | null {
  let lines: string[];
  try {
    lines = readFileSync(path.join(pgDataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && port > 0 ? { pid, port } : null;
}
