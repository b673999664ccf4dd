import { describe, expect, it } from "vitest";
import { assertCan, can, PERMISSIONS } from "../../lib/auth/permissions.ts";

const member = { id: "m", role: "MEMBER" as const, name: null, email: null };
const organizer = { id: "o", role: "ORGANIZER" as const, name: null, email: null };
const admin = { id: "a", role: "ADMIN" as const, name: null, email: null };

describe("can", () => {
  it("never allows a visitor anything", () => {
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can(null, action, { ownerId: "m" })).toBe(false);
    }
  });

  it("gives the console to organizers and admins, and roles to admins only", () => {
    expect([member, organizer, admin].map((a) => can(a, "console.view"))).toEqual([false, true, true]);
    expect([member, organizer, admin].map((a) => can(a, "people.changeRole"))).toEqual([false, false, true]);
  });

  it("lets owners act on their own resource and nobody else's", () => {
    expect(can(member, "profile.update", { ownerId: "m" })).toBe(true);
    expect(can(member, "profile.update", { ownerId: "someone-else" })).toBe(false);
    expect(can(admin, "profile.update", { ownerId: "m" })).toBe(false);
    expect(can(admin, "profile.view", { ownerId: "m" })).toBe(true);
    expect(can(member, "profile.update", { ownerId: null })).toBe(false);
  });

  it("lets a track's lead act on that track's objects only, and only where the permission says so", () => {
    const lead = { ...member, leads: ["track-a"] };
    expect(can(lead, "track.curate", { trackId: "track-a" })).toBe(true);
    expect(can(lead, "track.curate", { trackId: "track-b" })).toBe(false);
    expect(can(lead, "track.curate", { trackId: null })).toBe(false);
    expect(can(lead, "track.curate")).toBe(false);
    expect(can(member, "track.curate", { trackId: "track-a" })).toBe(false);
    expect(can(organizer, "track.curate", { trackId: "track-b" })).toBe(true);
    // Not a lead's: publishing, naming leads, the console.
    for (const action of ["schedule.publish", "track.leads", "console.view", "schedule.edit"] as const)
      expect(can(lead, action, { trackId: "track-a" })).toBe(false);
  });

  it("throws 401 for visitors and 403 for the wrong role", () => {
    expect(() => assertCan(null, "console.view")).toThrow(expect.objectContaining({ code: "unauthenticated" }));
    expect(() => assertCan(member, "console.view")).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => assertCan(organizer, "console.view")).not.toThrow();
  });
});
