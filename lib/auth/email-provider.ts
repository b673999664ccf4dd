// Email sign-in (magic links). Offered only where mail really goes out (lib/env.ts decides);
// the sign-in limits are checked before NextAuth runs (app/api/auth/[...nextauth]/route.ts),
// and once more here, so no path past the route sends more mail than the limits allow.
import "server-only";
import EmailProvider from "next-auth/providers/email";
import type { Env } from "../env.ts";
import { sendMail } from "../mail/send-mail.ts";
import { email } from "../validation/fields.ts";
import { recordSignInEmail } from "./sign-in-limits.ts";

/** An address as NextAuth stores it: trimmed, lower-case, checked. */
export const signInEmailSchema = email("That does not look like an email address.");

export function emailProvider(env: Env) {
  return EmailProvider({
    // The server setting is unused: sendVerificationRequest below decides how mail goes out.
    server: env.SMTP_URL ?? "smtp://localhost:25",
    from: env.EMAIL_FROM,
    maxAge: 24 * 60 * 60,
    normalizeIdentifier: (identifier) => {
      const parsed = signInEmailSchema.safeParse(identifier);
      if (!parsed.success) throw new Error("That does not look like an email address.");
      return parsed.data;
    },
    async sendVerificationRequest({ identifier, url }) {
      // Throws past the limit (NextAuth then shows /signin?error=EmailSignin): the route
      // normally refuses first, with a clearer message.
      await recordSignInEmail({ address: identifier });
      await sendMail({
        to: identifier,
        subject: "Sign in to Paper Club",
        text: `Sign in to Paper Club by opening this link (valid for 24 hours, once):\n\n${url}\n\nIf you did not ask for it, ignore this email.`,
      });
    },
  });
}
