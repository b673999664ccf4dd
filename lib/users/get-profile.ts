import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";

export type ProfileDto = {
  id: string;
  email: string | null;
  name: string;
  role: "MEMBER" | "ORGANIZER" | "ADMIN";
  affiliation: string;
  links: string[];
  timeZone: string;
  notifyDayBefore: boolean;
  notifyHourBefore: boolean;
  notifyPreReading: boolean;
  notifyScheduleChanges: boolean;
  notifySpeakerReminders: boolean;
};

export async function getProfile(actor: Actor, input: { userId: string }): Promise<ProfileDto> {
  assertCan(actor, "profile.view", { ownerId: input.userId });
  const u = await getDb().user.findFirst({ where: { id: input.userId, deletedAt: null } });
  if (!u) throw new AppError("not_found", "There is no such person.");
  return {
    id: u.id,
    email: u.email,
    name: u.name ?? "",
    role: u.role,
    affiliation: u.affiliation ?? "",
    links: u.links,
    timeZone: u.timeZone ?? "",
    notifyDayBefore: u.notifyDayBefore,
    notifyHourBefore: u.notifyHourBefore,
    notifyPreReading: u.notifyPreReading,
    notifyScheduleChanges: u.notifyScheduleChanges,
    notifySpeakerReminders: u.notifySpeakerReminders,
  };
}
