// `npm run bench`: the public pages and the schedule API under load (50 and 200 connections),
// next to the same bytes from a minimal static server in the same run; the RSVP rush; and the
// first-load JavaScript of each public page. Prints one table. Options:
//   --build        rebuild the production app first (otherwise .next-bench is reused)
//   --seconds N    length of each load run (default 8)
// See docs/performance.md for the latest run and how to read it.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { findFreePort } from "../lib/db/embedded-postgres.ts";
import { buildIfNeeded, runScript, startApp } from "./app-server.ts";
import { firstLoadJs } from "./first-load-js.ts";
import { load, type LoadResult } from "./load.ts";
import { rsvpRush } from "./rsvp-rush.ts";

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf("--seconds") + 1]) || 8;
const CONNECTIONS = [50, 200];

async function pagesOf(databaseUrl: string): Promise<Record<string, string>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const session = await db.query<{ id: string }>(
      `SELECT id FROM sessions WHERE status = 'PUBLISHED' AND starts_at > now() ORDER BY starts_at LIMIT 1`,
    );
    const anySession =
      session.rows[0] ??
      (await db.query<{ id: string }>(`SELECT id FROM sessions WHERE status = 'PUBLISHED' ORDER BY starts_at DESC LIMIT 1`)).rows[0];
    const track = await db.query<{ slug: string }>(`SELECT slug FROM tracks ORDER BY position LIMIT 1`);
    return {
      home: "/",
      schedule: "/schedule",
      session: `/sessions/${anySession.id}`,
      track: `/tracks/${track.rows[0].slug}`,
      papers: "/papers",
      speak: "/speak",
      "schedule API": "/api/v1/schedule",
    };
  } finally {
    await db.end();
  }
}

async function startStaticServer(baseUrl: string, pages: Record<string, string>) {
  const snapshot: Record<string, { type: string; body: string }> = {};
  for (const p of Object.values(pages)) {
    const res = await fetch(`${baseUrl}${p}`);
    snapshot[p] = { type: res.headers.get("content-type") ?? "text/html", body: Buffer.from(await res.arrayBuffer()).toString("base64") };
  }
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "paperclub-static-")), "pages.json");
  writeFileSync(file, JSON.stringify(snapshot));
  const port = await findFreePort();
  const child = spawn("npx", ["tsx", "bench/static-server.ts", String(port), file], { stdio: ["ignore", "pipe", "inherit"], detached: true });
  await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    sizes: Object.fromEntries(Object.entries(snapshot).map(([p, v]) => [p, Buffer.from(v.body, "base64").length])),
    stop: () => process.kill(-child.pid!, "SIGTERM"),
  };
}

const fmt = (r: LoadResult) =>
  `${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors || r.non2xx ? ` (${r.errors} errors, ${r.non2xx} non-2xx)` : ""}`;

async function main() {
  buildIfNeeded(args.includes("--build"));
  const app = await startApp();
  const rows: string[][] = [];
  try {
    const pages = await pagesOf(app.databaseUrl);
    const yardstick = await startStaticServer(app.baseUrl, pages);
    try {
      for (const [name, p] of Object.entries(pages)) {
        // Warm the page (and whatever it caches) before measuring it.
        await load(`${app.baseUrl}${p}`, 10, 2);
        for (const c of CONNECTIONS) {
          const a = await load(`${app.baseUrl}${p}`, c, seconds);
          const s = await load(`${yardstick.baseUrl}${p}`, c, seconds);
          rows.push([
            `${name} (${p.length > 30 ? `${p.slice(0, 27)}…` : p})`,
            String(c),
            fmt(a),
            fmt(s),
            `${Math.round((100 * a.rps) / s.rps)}%`,
            `${Math.round(yardstick.sizes[p] / 1024)} kB`,
          ]);
          console.error(`[bench] ${rows.at(-1)!.join(" | ")}`);
        }
      }
    } finally {
      yardstick.stop();
    }
    const rush = await rsvpRush(app.baseUrl, app.databaseUrl);
    const js: string[][] = [];
    for (const [name, p] of Object.entries(pages))
      if (!p.startsWith("/api")) js.push([name, `${Math.round((await firstLoadJs(app.baseUrl, p)) / 1024)} kB`]);

    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    console.log(
      `\nPaper Club bench — ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${seconds} s per run\n`,
    );
    console.log(line(["page", "connections", "app", "static server, same bytes", "app / static", "HTML"]));
    console.log(line(["---", "---:", "---", "---", "---:", "---:"]));
    for (const r of rows) console.log(line(r));
    console.log(`\n${line(["RSVP rush", "people", "seats", "all answered", "p50", "p99", "errors", "confirmed", "waitlisted"])}`);
    console.log(line(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]));
    console.log(
      line([
        "POST /api/v1/sessions/{id}/rsvp",
        String(rush.people),
        String(rush.seats),
        `${rush.totalMs} ms`,
        `${rush.p50} ms`,
        `${rush.p99} ms`,
        String(rush.errors),
        String(rush.confirmed),
        String(rush.waitlisted),
      ]),
    );
    console.log(`\n${line(["first-load JavaScript (gzip)", ...js.map((j) => j[0])])}`);
    console.log(line(["---", ...js.map(() => "---:")]));
    console.log(line(["", ...js.map((j) => j[1])]));
  } finally {
    await app.stop();
  }
}

runScript(main);
