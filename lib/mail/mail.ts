// An email, as queued and as sent: plain data, checked with zod when it enters the queue and
// again when the worker reads it back.
import { z } from "zod";

export const mailSchema = z.object({
  to: z.string().trim().toLowerCase().email().max(254),
  subject: z.string().min(1).max(300),
  text: z.string().min(1).max(20_000),
  html: z.string().max(100_000).optional(),
  /** Extra headers, e.g. List-Unsubscribe (lib/mail/unsubscribe.ts); names are header tokens. */
  headers: z
    .record(
      z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/),
      z
        .string()
        .max(2_000)
        .refine((v) => !/[\r\n]/.test(v), "No line breaks in a header."),
    )
    .optional(),
});

export type Mail = z.infer<typeof mailSchema>;

/** Sends one email; `idempotencyKey` (the queue job id) lets a transport drop a repeat. */
export type MailTransport = (mail: Mail, options?: { idempotencyKey?: string }) => Promise<void>;
