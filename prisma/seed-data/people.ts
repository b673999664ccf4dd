// Demo people: one of each role (sign in as them in development), and members who RSVP,
// vote and present.
import type { Role } from "../../lib/db/generated/enums.ts";

export const demoPeople: { email: string; name: string; role: Role; affiliation?: string }[] = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN", affiliation: "Paper Club" },
  { email: "organizer@example.com", name: "Olu Organizer", role: "ORGANIZER", affiliation: "Paper Club" },
  { email: "speaker@example.com", name: "Sam Speaker", role: "MEMBER", affiliation: "Independent researcher" },
  { email: "member@example.com", name: "Mia Member", role: "MEMBER" },
];

export const memberNames: string[] = [
  "Aarav Shah", "Beatriz Costa", "Chen Wei", "Dana Kowalski", "Emeka Obi", "Farah Haddad", "Gustavo Lima",
  "Hana Sato", "Ibrahim Musa", "Julia Novak", "Kenji Tanaka", "Leila Ahmadi", "Marco Rossi", "Nadia Petrova",
  "Oscar Lindqvist", "Priya Raman", "Quentin Moreau", "Rosa Alvarez", "Sven Olsen", "Tariq Aziz",
  "Uma Krishnan", "Victor Huang", "Wanjiru Kamau", "Xavier Dubois", "Yara Nasser", "Zoe Fischer",
  "Amir Karimi", "Bianca Ferrari", "Carlos Mendes", "Divya Nair", "Elena Popescu", "Felix Wagner",
  "Grace Liu", "Hugo Martin", "Ines Garcia", "Jonas Berg", "Kira Volkova", "Luca Bianchi", "Maya Cohen",
  "Nikhil Rao", "Olivia Brown", "Pedro Santos", "Rina Takahashi", "Samir Khan", "Tessa Muller",
  "Uriel Levy", "Vera Ivanova", "Wei Zhang", "Yusuf Demir", "Zara Ali",
];
