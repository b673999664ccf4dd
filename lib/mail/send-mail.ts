// Sends an email: through SMTP when SMTP_URL is set, otherwise into the development outbox
// (a table shown at /dev/outbox) and the server log, so the demo needs no outside service.
import "server-only";
import nodemailer from "nodemailer";
import { getDb } from "../db/index.ts";
import { env } from "../env.ts";

export type Mail = { to: string; subject: string; text: string; html?: string };

let transport: nodemailer.Transporter | undefined;

export async function sendMail(mail: Mail): Promise<void> {
  if (env.SMTP_URL) {
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.EMAIL_FROM, ...mail });
    return;
  }
  await getDb().outboxEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null } });
  // Only development logs the text (it may hold a link that signs someone in); elsewhere the
  // outbox table keeps it and the log says only that a mail was stored.
  if (env.NODE_ENV === "development") console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
  else console.info(`[mail] to ${mail.to}: ${mail.subject} (text kept in the outbox, not logged)`);
}
