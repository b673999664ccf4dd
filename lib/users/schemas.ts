// Inputs about people, shared by the forms and the server.
import { z } from "zod";
import { checkbox, freeText, httpUrl, id, optionalText, pageNumber } from "../validation/fields.ts";

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

const profileFields = {
  name: freeText({ min: 1, max: 80, minMessage: "Tell us what to call you.", maxMessage: "Keep your name under 80 characters.", label: "Your name" }),
  affiliation: freeText({ max: 120, maxMessage: "Keep the affiliation under 120 characters.", label: "The affiliation" }),
  links: z.array(httpUrl, { error: "Give the links as a list." }).max(5, "Up to 5 links."),
  timeZone: freeText({ max: 64, label: "The time zone" }).refine((v) => v === "" || isTimeZone(v), "Choose a time zone from the list."),
  notifyDayBefore: z.boolean({ error: "Use true or false." }),
  notifyHourBefore: z.boolean({ error: "Use true or false." }),
  notifyPreReading: z.boolean({ error: "Use true or false." }),
  notifyScheduleChanges: z.boolean({ error: "Use true or false." }),
  notifySpeakerReminders: z.boolean({ error: "Use true or false." }),
};

export const profileSchema = z.object({
  ...profileFields,
  affiliation: profileFields.affiliation.default(""),
  links: profileFields.links.default([]),
  timeZone: profileFields.timeZone.default(""),
  notifyDayBefore: profileFields.notifyDayBefore.default(true),
  notifyHourBefore: profileFields.notifyHourBefore.default(true),
  notifyPreReading: profileFields.notifyPreReading.default(true),
  notifyScheduleChanges: profileFields.notifyScheduleChanges.default(true),
  notifySpeakerReminders: profileFields.notifySpeakerReminders.default(true),
});
/** PATCH /api/v1/me: any of the fields; those not sent stay as they are. */
export const profilePatchSchema = z.object(profileFields).partial();
export type ProfileInput = z.input<typeof profileSchema>;

/** The profile form: links one per line, preferences as checkboxes. */
export const profileFormSchema = z
  .object({
    name: z.string({ error: "Your name must be text." }).default(""),
    affiliation: z.string({ error: "The affiliation must be text." }).default(""),
    links: z.string({ error: "The links must be text." }).default(""),
    timeZone: z.string({ error: "The time zone must be text." }).default(""),
    notifyDayBefore: checkbox,
    notifyHourBefore: checkbox,
    notifyPreReading: checkbox,
    notifyScheduleChanges: checkbox,
    notifySpeakerReminders: checkbox,
  })
  .transform((f): ProfileInput => ({
    ...f,
    links: f.links
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  }));

export const roleSchema = z.enum(["MEMBER", "ORGANIZER", "ADMIN"], { message: "Choose member, organizer or admin." });

export const changeRoleSchema = z.object({
  userId: id("person"),
  role: roleSchema,
});

export const peopleQuerySchema = z.object({
  q: optionalText({ max: 100, maxMessage: "Keep the search under 100 characters.", label: "The search" }),
  page: pageNumber,
});

export const deleteAccountSchema = z.object({
  confirm: z.literal("DELETE", { error: "Type DELETE to confirm." }),
});

/** An unsubscribe link's token (lib/mail/unsubscribe-token.ts); what it names is checked by its signature. */
export const unsubscribeTokenSchema = z.object({
  token: z.string({ error: "The link's token must be text." }).max(200, "This unsubscribe link is not valid."),
});

/** The unsubscribe page's one button: turn the link's kind of email off, or back on. */
export const subscriptionFormSchema = unsubscribeTokenSchema.extend({
  emails: z.enum(["off", "on"], { error: 'Choose "off" or "on".' }),
});
