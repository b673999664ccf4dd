// `npm run bench`: each public page and the schedule API under load, as a visitor, as a signed-in
// member, and as the same bytes from a minimal static server (the yardstick), each measured
// several times in a rotating order; the RSVP rush three times; the first-load JavaScript of
// each page; Lighthouse's mobile performance score of the pages people read most, three times. Prints the tables, writes the results as JSON under bench/results/ and regenerates
// docs/performance.md's tables from them (bench/report.ts). Options:
//   --build              rebuild the production app first (otherwise .next-bench is reused)
//   --seconds N          length of each load run (default 6)
//   --runs N             runs per cell and RSVP rushes (default 3)
//   --connections 50,200 connection counts (default 50)
//   --no-write           print only: no results file, docs untouched
//   --lighthouse-only    only the Lighthouse scores (a few minutes), printed; implies --no-write
// See docs/performance.md for the latest run and how to read it.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { findFreePort } from "../lib/db/embedded-postgres.ts";
import { buildIfNeeded, runScript, startApp } from "./app-server.ts";
import { firstLoadJs } from "./first-load-js.ts";
import { lighthouseScores } from "./lighthouse.ts";
import { load, type LoadResult } from "./load.ts";
import { LIGHTHOUSE_PAGES, lighthouseTable, renderReport, updatePerformanceDoc } from "./report.ts";
import { describeMachine, writeResults, type BenchResults, type PageRow, type PersonalRow } from "./results.ts";
import { rsvpRush } from "./rsvp-rush.ts";
import { memberCookie } from "./sign-in.ts";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seconds = Number(option("--seconds")) || 6;
const runs = Number(option("--runs")) || 3;
const lighthouseOnly = args.includes("--lighthouse-only");
const connectionCounts = (option("--connections") ?? "50").split(",").map(Number).filter(Boolean);

async function pagesOf(db: pg.Client): Promise<Record<string, string>> {
  const session = await db.query<{ id: string }>(
    `SELECT id FROM sessions WHERE status = 'PUBLISHED' AND starts_at > now() ORDER BY starts_at LIMIT 1`,
  );
  const anySession =
    session.rows[0] ?? (await db.query<{ id: string }>(`SELECT id FROM sessions WHERE status = 'PUBLISHED' ORDER BY starts_at DESC LIMIT 1`)).rows[0];
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
  const bytes = (p: string) => Buffer.from(snapshot[p].body, "base64");
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    sizes: (p: string) => ({ bytes: bytes(p).length, gzipBytes: gzipSync(bytes(p), { level: 4 }).length }),
    stop: () => process.kill(-child.pid!, "SIGTERM"),
  };
}

const show = (r: LoadResult) => `${r.rps} req/s p99 ${r.p99} ms${r.errors || r.non2xx ? ` (${r.errors} errors, ${r.non2xx} non-2xx)` : ""}`;

async function main() {
  buildIfNeeded(args.includes("--build"));
  const app = await startApp();
  const started = new Date();
  const rows: PageRow[] = [];
  // What the page fetches again after a person's RSVP or vote (decision 028), signed in, in the same runs.
  const personal: PersonalRow[] = connectionCounts.map((connections) => ({
    name: "personal layer",
    path: "/api/v1/me/view",
    connections,
    signedIn: [],
  }));
  const rush: BenchResults["rush"] = [];
  const firstLoad: Record<string, number> = {};
  let lighthouse: BenchResults["lighthouse"];
  try {
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    const pages = await pagesOf(db);
    // The demo's member, with their own RSVPs, as a person who comes every week.
    const member = { cookie: await memberCookie(db, "member@example.com") };
    await db.end();
    const yardstick = lighthouseOnly ? null : await startStaticServer(app.baseUrl, pages);
    if (yardstick)
      try {
        for (const [name, p] of Object.entries(pages))
          for (const connections of connectionCounts)
            rows.push({ name, path: p, connections, ...yardstick.sizes(p), visitor: [], static: [], signedIn: [] });
        // Warm each page (and whatever it caches) for both kinds of reader before measuring.
        for (const p of Object.values(pages)) {
          await load(`${app.baseUrl}${p}`, 10, 2);
          await load(`${app.baseUrl}${p}`, 10, 2, { cookie: member.cookie });
        }
        const kinds = [
          { kind: "visitor", url: (p: string) => `${app.baseUrl}${p}`, headers: {} },
          { kind: "static", url: (p: string) => `${yardstick.baseUrl}${p}`, headers: {} },
          { kind: "signedIn", url: (p: string) => `${app.baseUrl}${p}`, headers: { cookie: member.cookie } },
        ] as const;
        for (let run = 0; run < runs; run++) {
          for (const row of rows) {
            // A rotating order, so that no kind is always measured first (or just after another).
            for (let k = 0; k < kinds.length; k++) {
              const { kind, url, headers } = kinds[(k + run) % kinds.length];
              const result = await load(url(row.path), row.connections, seconds, headers);
              row[kind].push(result);
              console.error(`[bench] run ${run + 1}/${runs} ${row.name} ${row.connections} conn. ${kind}: ${show(result)}`);
            }
          }
          for (const row of personal) {
            const result = await load(`${app.baseUrl}${row.path}`, row.connections, seconds, { cookie: member.cookie });
            row.signedIn.push(result);
            console.error(`[bench] run ${run + 1}/${runs} ${row.name} ${row.connections} conn. signed in: ${show(result)}`);
          }
        }
      } finally {
        yardstick.stop();
      }
    for (let run = 0; run < (lighthouseOnly ? 0 : runs); run++) {
      const r = await rsvpRush(app.baseUrl, app.databaseUrl);
      rush.push(r);
      console.error(`[bench] RSVP rush ${run + 1}/${runs}: ${r.totalMs} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.confirmed}/${r.waitlisted}`);
    }
    if (!lighthouseOnly)
      for (const [name, p] of Object.entries(pages)) if (!p.startsWith("/api")) firstLoad[name] = await firstLoadJs(app.baseUrl, p);
    const read = Object.fromEntries(Object.entries(pages).filter(([name]) => LIGHTHOUSE_PAGES.includes(name)));
    // Whatever goes wrong in Lighthouse, the load figures above are kept.
    lighthouse =
      (await lighthouseScores(app.baseUrl, read, runs).catch((error: unknown) => void console.error(`[bench] Lighthouse failed: ${error}`))) ??
      undefined;
  } finally {
    await app.stop();
  }

  const results: BenchResults = {
    version: 1,
    date: started.toISOString(),
    ...describeMachine(),
    secondsPerRun: seconds,
    runs,
    pages: rows,
    personal,
    rush,
    firstLoadJs: firstLoad,
    lighthouse,
  };
  if (lighthouseOnly) {
    console.log(`\n${lighthouseTable(results).join("\n")}`);
    return;
  }
  if (args.includes("--no-write")) {
    console.log(`\n${renderReport(results, "(not written)")}`);
    return;
  }
  const file = writeResults(results);
  const { doc } = updatePerformanceDoc(file);
  console.log(
    `\n${renderReport(results, path.relative(process.cwd(), file))}\n\nWritten to ${path.relative(process.cwd(), file)}; ${path.relative(process.cwd(), doc)} regenerated.`,
  );
}

runScript(main);
