// The door list's search: every word typed must appear in the name or the email, ignoring case
// and accents ("jose" finds "José"). Pure, for the client.
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase();
}

export function matchesSearch(person: { name: string; email: string | null }, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${person.name} ${person.email ?? ""}`);
  return words.every((word) => haystack.includes(word));
}
