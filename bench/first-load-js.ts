// First-load JavaScript of a page: every script the HTML loads from /_next/static, counted as
// transferred (gzip, as the app serves it to a browser). Scripts marked `nomodule` (Next.js's
// polyfills for old browsers) are not loaded by any current browser, so they do not count.
import { gzipSync } from "node:zlib";

export async function firstLoadJs(baseUrl: string, path: string): Promise<number> {
  const html = await (await fetch(`${baseUrl}${path}`)).text();
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /src="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1] ?? []))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return bytes;
}
