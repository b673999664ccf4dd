// Inputs about people, shared by the forms and the server.
import { z } from "zod";

export const httpUrlSchema = z
  .string()
  .trim()
  .max(300, "Keep links under 300 characters.")
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Links must start with http:// or https://.");

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export const profileSchema = z.object({
  name: z.string().trim().min(1, "Tell us what to call you.").max(80, "Keep your name under 80 characters."),
  affiliation: z.string().trim().max(120, "Keep the affiliation under 120 characters.").default(""),
  links: z.array(httpUrlSchema).max(5, "Up to 5 links.").default([]),
  timeZone: z
    .string()
    .trim()
    .max(64)
    .refine((v) => v === "" || isTimeZone(v), "Choose a time zone from the list.")
    .default(""),
  notifyDayBefore: z.boolean().default(true),
  notifyHourBefore: z.boolean().default(true),
  notifyPreReading: z.boolean().default(true),
  notifyScheduleChanges: z.boolean().default(true),
});
export type ProfileInput = z.input<typeof profileSchema>;

/** The profile form's fields as the object profileSchema reads. */
export function profileFromForm(form: FormData): ProfileInput {
  const text = (key: string) => String(form.get(key) ?? "");
  return {
    name: text("name"),
    affiliation: text("affiliation"),
    links: text("links").split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
    timeZone: text("timeZone"),
    notifyDayBefore: form.get("notifyDayBefore") === "on",
    notifyHourBefore: form.get("notifyHourBefore") === "on",
    notifyPreReading: form.get("notifyPreReading") === "on",
    notifyScheduleChanges: form.get("notifyScheduleChanges") === "on",
  };
}

export const roleSchema = z.enum(["MEMBER", "ORGANIZER", "ADMIN"], { message: "Choose member, organizer or admin." });

export const changeRoleSchema = z.object({
  userId: z.string().uuid("Not a person's id."),
  role: roleSchema,
});

export const peopleQuerySchema = z.object({
  q: z.string().trim().max(100).default(""),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const deleteAccountSchema = z.object({
  confirm: z.literal("DELETE", { message: 'Type DELETE to confirm.' }),
});
