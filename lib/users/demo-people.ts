// The demo people: one of each role. The demo data creates them (prisma/seed-data imports this
// list), and the development sign-in offers them on /signin.
import type { Role } from "../db/generated/enums.ts";

export type DemoPerson = { email: string; name: string; role: Role; affiliation?: string };

export const demoPeople: DemoPerson[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN", affiliation: "Paper Club" },
  { email: "organizer@example.com", name: "Olu Organizer", role: "ORGANIZER", affiliation: "Paper Club" },
  { email: "speaker@example.com", name: "Sam Speaker", role: "MEMBER", affiliation: "Independent researcher" },
  { email: "member@example.com", name: "Mia Member", role: "MEMBER" },
];
