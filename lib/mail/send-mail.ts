// Sends an email: through SMTP when SMTP_URL is set, otherwise into the development outbox
// (a table shown at /dev/outbox) and the server log, so the demo needs no outside service.
// Domain code does not call this: it queues mail with enqueueMail in its own transaction, and
// the send-mail job calls this (the sign-in link is the one mail sent inline).
import "server-only";
import nodemailer from "nodemailer";
import { getDb } from "../db/index.ts";
import { env } from "../env.ts";
import type { MailTransport } from "./mail.ts";

export type { Mail } from "./mail.ts";

let transport: nodemailer.Transporter | undefined;

export const sendMail: MailTransport = async (mail, options = {}) => {
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    const messageId = options.idempotencyKey ? `<${options.idempotencyKey}@paperclub.mail>` : undefined;
    // `mail.headers` (List-Unsubscribe…) go through as nodemailer's `headers` option.
    await transport.sendMail({ from: env.EMAIL_FROM, ...mail, ...(messageId ? { messageId } : {}) });
    return;
  }
  // The job id becomes the row id: a repeat of the same job adds no second row.
  await getDb().outboxEmail.createMany({
    data: [
      {
        ...(options.idempotencyKey ? { id: options.idempotencyKey } : {}),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        ...(mail.headers ? { headers: mail.headers } : {}),
      },
    ],
    skipDuplicates: true,
  });
  // Only development logs the text (it may hold a link that signs someone in); elsewhere the
  // outbox table keeps it and the log says only that a mail was stored.
  if (env.NODE_ENV === "development") console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
  else console.info(`[mail] to ${mail.to}: ${mail.subject} (text kept in the outbox, not logged)`);
};
