// A local stand-in for arXiv's API: serves the recorded Atom answers in tests/fixtures/arxiv.
// Ids "2999.00001" (slow: answers after 10 s) and "2999.00002" (malformed XML) exercise failures.
// Run directly (`tsx tests/support/fake-arxiv-server.ts PORT`) for the e2e dev server.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/arxiv");
export const SLOW_ID = "2999.00001";
export const MALFORMED_ID = "2999.00002";

export function startFakeArxiv(port = 0): Promise<{ url: string; close: () => Promise<void>; requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const id = new URL(req.url ?? "/", "http://localhost").searchParams.get("id_list") ?? "";
    requests.push(id);
    if (id === SLOW_ID) {
      const timer = setTimeout(() => res.end(), 10_000);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    res.setHeader("content-type", "application/atom+xml; charset=utf-8");
    if (id === MALFORMED_ID) return void res.end("<feed><entry><title>Broken");
    const file = path.join(FIXTURES, `${id.replace(/[^0-9a-z.\-]/gi, "_")}.xml`);
    res.end(readFileSync(existsSync(file) ? file : path.join(FIXTURES, "not-found.xml")));
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${address.port}/api/query`,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const port = Number(process.argv[2] ?? 0);
  void startFakeArxiv(port).then(({ url }) => console.log(`fake arXiv at ${url}`));
}
