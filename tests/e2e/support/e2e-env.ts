// What the Playwright config and the e2e fixtures must agree on: the port, where each server
// keeps its embedded PostgreSQL, and the secret that signs session cookies. Read from the
// environment that scripts/test.ts sets (free ports, a temporary folder), with defaults for
// `npx playwright test` run by hand.
import os from "node:os";
import path from "node:path";
import { embeddedUrl, readPostmasterPid } from "../../../lib/db/postmaster-pid.ts";

export type E2eTarget = "dev" | "prod";

export const e2eTarget: E2eTarget = process.env.E2E_TARGET === "dev" ? "dev" : "prod";
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const e2eBaseUrl = `http://127.0.0.1:${e2ePort}`;
// Outside node_modules: the production server refuses a data folder there (decision 018).
export const e2eDataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), "paperclub-e2e");

/**
 * The test server's AUTH_SECRET, set explicitly in its environment (playwright.config.ts) so
 * the sign-in fixture can sign cookies the server accepts. A throw-away server on 127.0.0.1
 * with throw-away data: a fixed default is fine; E2E_AUTH_SECRET overrides it.
 */
export const e2eAuthSecret = process.env.E2E_AUTH_SECRET ?? "paperclub-e2e-only-secret-never-used-outside-tests-0123";

/** PAPERCLUB_DATA_DIR of one server: its embedded PostgreSQL lives in <dir>/postgres. */
export function serverDataDir(target: E2eTarget = e2eTarget): string {
  return path.join(e2eDataDir, target);
}

/**
 * The URL of the database the running test server uses. The server starts its embedded
 * PostgreSQL on a free port (lib/db/ensure-database.ts); PostgreSQL writes that port on the
 * fourth line of postmaster.pid in its data folder (a documented format), and the user,
 * password and database are the embedded server's fixed ones (lib/db/embedded-postgres.ts).
 */
export function e2eDatabaseUrl(target: E2eTarget = e2eTarget): string {
  const pgDir = path.resolve(serverDataDir(target), "postgres");
  const running = readPostmasterPid(pgDir);
  if (!running) throw new Error(`The e2e server's PostgreSQL is not running (no postmaster.pid with a port in ${pgDir}).`);
  return embeddedUrl(running.port);
}
