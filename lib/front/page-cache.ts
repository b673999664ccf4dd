import { systemNow } from "../time/clock.ts";
// The front's cache of public responses, in memory: fresh for a few seconds, then served stale
// while one request refreshes it (and for up to a minute while the app cannot answer). Requests
// for the same page while it is fetched wait for that one fetch. Bounded: least recently used
// entries go first.
export type CachedResponse = {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** Where the render's nonce stands in the body, to write each response's own there. */
  nonce: string | null;
  positions: number[];
};

type Entry = { response: CachedResponse; at: number; refreshing?: Promise<unknown> };

export type Lookup = { response: CachedResponse; state: "hit" | "miss" | "stale" };

export class PageCache {
  private entries = new Map<string, Entry>();
  private inFlight = new Map<string, Promise<{ response: CachedResponse; cacheable: boolean }>>();

  constructor(private options: { freshMs: number; staleMs: number; maxEntries: number; now?: () => number }) {}

  private now() {
    return this.options.now?.() ?? systemNow().getTime();
  }

  /** `fill` fetches the page from the app and says whether the answer may be kept. */
  async get(key: string, fill: () => Promise<{ response: CachedResponse; cacheable: boolean }>): Promise<Lookup> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.at : Infinity;
    if (entry && age < this.options.freshMs) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return { response: entry.response, state: "hit" };
    }
    if (entry && age < this.options.staleMs) {
      entry.refreshing ??= this.fetch(key, fill)
        .catch(() => undefined)
        .finally(() => (entry.refreshing = undefined));
      return { response: entry.response, state: "stale" };
    }
    const fetched = await this.fetch(key, fill);
    return { response: fetched.response, state: "miss" };
  }

  private fetch(key: string, fill: () => Promise<{ response: CachedResponse; cacheable: boolean }>) {
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = fill()
        .then((result) => {
          if (result.cacheable) this.store(key, result.response);
          // A definite answer (gone, moved) replaces the page at once; a failing app (5xx) does
          // not, so the last good page is served while it lasts.
          else if (result.response.status < 500) this.entries.delete(key);
          return result;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private store(key: string, response: CachedResponse) {
    this.entries.delete(key);
    this.entries.set(key, { response, at: this.now() });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size() {
    return this.entries.size;
  }
}
