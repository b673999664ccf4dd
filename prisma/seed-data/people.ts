// Demo people: one of each role (sign in as them in development; the list lives in lib/ because
// /signin shows it), and members who RSVP, vote and present.
export { demoPeople } from "../../lib/users/demo-people.ts";

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
