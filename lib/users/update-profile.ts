// A person changes their own profile and notification preferences.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { validationError } from "../errors.ts";
import { getProfile, type ProfileDto } from "./get-profile.ts";
import { profileSchema, type ProfileInput } from "./schemas.ts";

export async function updateProfile(actor: Actor, input: ProfileInput): Promise<ProfileDto> {
  assertCan(actor, "profile.update", { ownerId: actor?.id });
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const p = parsed.data;
  await getDb().user.update({
    where: { id: actor.id, deletedAt: null },
    data: {
      name: p.name,
      affiliation: p.affiliation || null,
      links: p.links,
      timeZone: p.timeZone || null,
      notifyDayBefore: p.notifyDayBefore,
      notifyHourBefore: p.notifyHourBefore,
      notifyPreReading: p.notifyPreReading,
      notifyScheduleChanges: p.notifyScheduleChanges,
      notifySpeakerReminders: p.notifySpeakerReminders,
    },
  });
  return getProfile(actor, { userId: actor.id });
}
