// The yardstick: a minimal Node HTTP server answering each path with bytes fetched once from
// the app, with the same content type. What serving the page costs when nothing is computed.
// Run as its own process (`tsx bench/static-server.ts <port> <pages.json>`), like the app.
import { readFileSync } from "node:fs";
import http from "node:http";

const [port, file] = process.argv.slice(2);
const pages = new Map<string, { type: string; body: Buffer }>(
  Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, { type: string; body: string }>).map(([p, v]) => [
    p,
    { type: v.type, body: Buffer.from(v.body, "base64") },
  ]),
);
http
  .createServer((req, res) => {
    const page = pages.get(req.url ?? "");
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": page.type, "content-length": page.body.length }).end(page.body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log("ready"));
