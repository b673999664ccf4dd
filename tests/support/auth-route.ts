// Drives the NextAuth route handler (app/api/auth/[...nextauth]/route.ts) as a browser would:
// a cookie jar that Set-Cookie updates, served through a stand-in for next/headers — to our
// route through vi.mock, and to next-auth (which require()s next/headers itself) through
// Node's module cache.
import { createRequire } from "node:module";
import path from "node:path";
import { NextRequest } from "next/server";
import { systemNow } from "../../lib/time/clock.ts";

export const ORIGIN = "http://localhost:3000";

/** The browser's cookies (name → value). */
export const jar = new Map<string, string>();

type CookieInput = { name: string; value: string; expires?: Date | number; maxAge?: number };

function isExpired(c: CookieInput) {
  const expires = c.expires === undefined ? undefined : new Date(c.expires).getTime();
  return (expires !== undefined && expires <= systemNow().getTime()) || (c.maxAge !== undefined && c.maxAge <= 0);
}

const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (nameOrCookie: string | CookieInput, value?: string) => {
    const c = typeof nameOrCookie === "string" ? { name: nameOrCookie, value: value ?? "" } : nameOrCookie;
    if (isExpired(c) || c.value === "") jar.delete(c.name);
    else jar.set(c.name, c.value);
  },
  delete: (name: string) => void jar.delete(name),
};

export const fakeNextHeaders = {
  cookies: async () => cookieStore,
  headers: async () => new Headers({ host: new URL(ORIGIN).host }),
};

// next-auth's route handler does require("next/headers") when called: answer with the fake.
const requireFromNextAuth = createRequire(createRequire(import.meta.url).resolve("next-auth"));
const headersModule = requireFromNextAuth.resolve("next/headers");
requireFromNextAuth.cache[headersModule] = {
  id: headersModule,
  filename: headersModule,
  loaded: true,
  exports: fakeNextHeaders,
  path: path.dirname(headersModule),
} as unknown as NodeJS.Module;

function applySetCookies(response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(";").map((p) => p.trim());
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq);
    const value = decodeURIComponent(pair.slice(eq + 1));
    const expires = attributes.find((a) => /^expires=/i.test(a))?.slice(8);
    const maxAge = attributes.find((a) => /^max-age=/i.test(a))?.slice(8);
    cookieStore.set({ name, value, expires: expires ? new Date(expires) : undefined, maxAge: maxAge ? Number(maxAge) : undefined });
  }
}

type Options = { form?: Record<string, string>; headers?: Record<string, string> };

/** One request to /api/auth/<path> through the route handler, as the browser with `jar`. */
export async function authRequest(method: "GET" | "POST", pathAndQuery: string, options: Options = {}): Promise<Response> {
  const route = await import("../../app/api/auth/[...nextauth]/route.ts");
  const url = new URL(`/api/auth/${pathAndQuery}`, ORIGIN);
  const cookie = [...jar].map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join("; ");
  const headers = new Headers({ host: url.host, ...(cookie ? { cookie } : {}), ...options.headers });
  let body: string | undefined;
  if (options.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    body = new URLSearchParams(options.form).toString();
  }
  const request = new NextRequest(url, { method, headers, body });
  const segments = url.pathname.replace(/^\/api\/auth\//, "").split("/");
  const response = await route[method](request, { params: Promise.resolve({ nextauth: segments }) });
  applySetCookies(response);
  return response;
}

/** A CSRF token for this jar (GET /api/auth/csrf). */
export async function csrfToken(): Promise<string> {
  const response = await authRequest("GET", "csrf");
  const body = (await response.json()) as { csrfToken: string };
  return body.csrfToken;
}
