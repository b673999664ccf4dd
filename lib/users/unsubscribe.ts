// A person turns one kind of email off (or back on) with the link in such an email. The signed
// token is the permission (lib/mail/unsubscribe-token.ts): no sign-in, so the link works from
// any mail program and for a mail provider's one-click POST (RFC 8058); a forged or mangled
// token names nobody. Only that kind's preference column changes, with an audit entry by the
// person in the same transaction. Doing it twice changes nothing the second time.
import "server-only";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { EMAIL_KINDS, type EmailKind } from "../mail/email-kinds.ts";
import { readUnsubscribeToken } from "../mail/unsubscribe-token.ts";
import { unsubscribeTokenSchema } from "./schemas.ts";

export type SubscriptionDto = { kind: EmailKind; label: string; subscribed: boolean };

const INVALID = "This unsubscribe link is not valid. You can change your email settings on /me.";

function personAndKind(input: { token: string }) {
  const parsed = unsubscribeTokenSchema.safeParse(input);
  const read = parsed.success ? readUnsubscribeToken(parsed.data.token) : null;
  if (!read) throw new AppError("not_found", INVALID);
  return read;
}

/** What the link stands for, for its page: the kind and whether it is on (never the address). */
export async function describeUnsubscribe(input: { token: string }): Promise<SubscriptionDto> {
  const { userId, kind } = personAndKind(input);
  const user = await getDb().user.findFirst({ where: { id: userId, deletedAt: null } });
  if (!user) throw new AppError("not_found", INVALID);
  return { kind, label: EMAIL_KINDS[kind].label, subscribed: user[EMAIL_KINDS[kind].preference] };
}

async function setSubscription(input: { token: string }, subscribed: boolean): Promise<SubscriptionDto> {
  const { userId, kind } = personAndKind(input);
  const preference = EMAIL_KINDS[kind].preference;
  return getDb().$transaction(async (tx) => {
    // Conditional, so two clicks at once change (and audit) it once.
    const changed = await tx.user.updateMany({
      where: { id: userId, deletedAt: null, [preference]: !subscribed },
      data: { [preference]: subscribed },
    });
    if (changed.count === 0 && !(await tx.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } }))) {
      throw new AppError("not_found", INVALID);
    }
    if (changed.count > 0) {
      const action = subscribed ? "account.resubscribed" : "account.unsubscribed";
      await writeAudit({ actorId: userId, action, targetType: "user", targetId: userId, data: { kind } }, tx);
    }
    return { kind, label: EMAIL_KINDS[kind].label, subscribed };
  });
}

/** Turns the token's kind of email off for its person. */
export function unsubscribe(input: { token: string }): Promise<SubscriptionDto> {
  return setSubscription(input, false);
}

/** Turns it back on (the page's "Undo"). */
export function resubscribe(input: { token: string }): Promise<SubscriptionDto> {
  return setSubscription(input, true);
}
