// The rule of the site's origin, pure (site-origin.ts applies it to the request being rendered,
// the front to the RSVPs it answers): for every link the site writes (pages, feeds, mail,
// NextAuth's callbacks) and for the same-origin check of writes: APP_URL when configured, else the origin the request
// was sent to — the Host header and the scheme in X-Forwarded-Proto, each only when it is
// well-formed (`http`/`https`, a host name or IP address with an optional port). Without either
// (a background job, a malformed request): this machine's port. docs/decisions/026-one-origin.md
//
// With APP_URL unset, Host is whatever the client sent: fine on a laptop, and the front of
// `npm start` keys its cache by it, but links in mail then follow the requester. Production
// sets APP_URL (`npm start` warns without it).
import { z } from "zod";
import { env } from "../env.ts";

export type HeaderSource = { get(name: string): string | null };
type SiteConfig = { appUrl?: string; port: number };

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`, "i");

/** A name or [IPv6 address], then an optional :port. */
const HOST = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i;

function isValidHost(value: string): boolean {
  const [, name, port] = HOST.exec(value) ?? [];
  if (!name || (port !== undefined && (Number(port) < 1 || Number(port) > 65535))) return false;
  return name.startsWith("[") ? z.ipv6().safeParse(name.slice(1, -1)).success : HOST_NAME.test(name);
}

const hostSchema = z.string().refine(isValidHost);

const schemeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["http", "https"]));

/** The origin a request was sent to, or null when its Host or X-Forwarded-Proto is malformed or missing. */
function validatedRequestOrigin(headers: HeaderSource): string | null {
  const host = hostSchema.safeParse(headers.get("host")?.trim());
  // A proxy chain may list several schemes: the first is the one the client used.
  const scheme = schemeSchema.safeParse(headers.get("x-forwarded-proto")?.split(",")[0] ?? "http");
  if (!host.success || !scheme.success) return null;
  try {
    return new URL(`${scheme.data}://${host.data}`).origin;
  } catch {
    return null; // a name that looks like an IPv4 address but is not one (999.1.1.1)
  }
}

/** The site's origin (no trailing slash): APP_URL, else the validated request origin, else http://localhost:PORT. */
export function siteOrigin(headers?: HeaderSource | null, config: SiteConfig = { appUrl: env.APP_URL, port: env.PORT }): string {
  if (config.appUrl) return new URL(config.appUrl).origin;
  return (headers && validatedRequestOrigin(headers)) ?? `http://localhost:${config.port}`;
}
