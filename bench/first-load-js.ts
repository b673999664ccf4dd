// First-load JavaScript of a page: every script the HTML loads from /_next/static, counted as
// transferred (gzip, as the app serves it to a browser).
import { gzipSync } from "node:zlib";

export async function firstLoadJs(baseUrl: string, path: string): Promise<number> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]*\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return bytes;
}
