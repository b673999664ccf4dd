// The yardstick: a minimal Node HTTP server answering each path with bytes fetched once from
// the app, with the same content type, gzipped once ahead of time for clients that accept it
// (as a static server with precompressed files does). What serving the page costs when nothing
// is computed. Run as its own process (`tsx bench/static-server.ts <port> <pages.json>`), like the app.
import { readFileSync } from "node:fs";
import http from "node:http";
import { gzipSync } from "node:zlib";

const [port, file] = process.argv.slice(2);
const pages = new Map<string, { type: string; body: Buffer; gzipped: Buffer }>(
  Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, { type: string; body: string }>).map(([p, v]) => {
    const body = Buffer.from(v.body, "base64");
    return [p, { type: v.type, body, gzipped: gzipSync(body, { level: 4 }) }];
  }),
);
http
  .createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) return void res.writeHead(404).end();
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? page.gzipped : page.body;
    res
      .writeHead(200, {
        "content-type": page.type,
        "content-length": body.length,
        vary: "Accept-Encoding",
        ...(gzip ? { "content-encoding": "gzip" } : {}),
      })
      .end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
