// The token of a one-click unsubscribe link: who and which kind of email, signed with an HMAC
// of the auth secret, so the link works without signing in and cannot be forged for someone
// else. It does not expire: an old email's link still turns that kind off.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret.ts";
import { isEmailKind, type EmailKind } from "./email-kinds.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(userId: string, kind: EmailKind): string {
  return createHmac("sha256", `${authSecret()}:unsubscribe`).update(`${userId}.${kind}`).digest("base64url").slice(0, 32);
}

export function unsubscribeToken(userId: string, kind: EmailKind): string {
  return `${userId}.${kind}.${signature(userId, kind)}`;
}

/** The person and kind a token stands for, or null when it is malformed or not ours. */
export function readUnsubscribeToken(token: string): { userId: string; kind: EmailKind } | null {
  const [userId, kind, sig, ...rest] = token.split(".");
  if (rest.length || !userId || !kind || !sig || !UUID.test(userId) || !isEmailKind(kind)) return null;
  const expected = Buffer.from(signature(userId, kind));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? { userId, kind } : null;
}
