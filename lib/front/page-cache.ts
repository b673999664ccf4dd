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
  /** Where the personal layer's placeholder stands in an HTML page, or -1 (lib/front/personal-layer.ts). */
  personalAt?: number;
};

/** `from`: when the fetch that produced it was sent; it shows every write finished before then. */
type Entry = { response: CachedResponse; at: number; from: number; refreshing?: Promise<unknown> };
type Fill = () => Promise<{ response: CachedResponse; cacheable: boolean }>;
type InFlight = { from: number; promise: ReturnType<Fill> };

export type Lookup = { response: CachedResponse; state: "hit" | "miss" | "stale" };

export class PageCache {
  private entries = new Map<string, Entry>();
  private inFlight = new Map<string, InFlight>();

  constructor(private options: { freshMs: number; staleMs: number; maxEntries: number; now?: () => number }) {}

  private now() {
    return this.options.now?.() ?? systemNow().getTime();
  }

  /**
   * `fill` fetches the page from the app and says whether the answer may be kept. `notBefore`:
   * only a copy fetched after this instant will do (someone who just changed something must see
   * it, decision 028); an older one is fetched again, and the new copy serves everyone.
   */
  async get(key: string, fill: Fill, notBefore = -Infinity): Promise<Lookup> {
    const found = this.entries.get(key);
    const entry = found && found.from > notBefore ? found : undefined;
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
    const fetched = await this.fetch(key, fill, notBefore);
    return { response: fetched.response, state: "miss" };
  }

  private fetch(key: string, fill: Fill, notBefore = -Infinity) {
    const running = this.inFlight.get(key);
    if (running && running.from > notBefore) return running.promise;
    const from = this.now();
    const pending: InFlight = {
      from,
      promise: fill()
        .then((result) => {
          const newer = this.entries.get(key);
          if (newer && newer.from > from) return result; // a later fetch already stored its copy
          if (result.cacheable) this.store(key, result.response, from);
          // A definite answer (gone, moved) replaces the page at once; a failing app (5xx) does
          // not, so the last good page is served while it lasts.
          else if (result.response.status < 500) this.entries.delete(key);
          return result;
        })
        .finally(() => {
          if (this.inFlight.get(key) === pending) this.inFlight.delete(key);
        }),
    };
    this.inFlight.set(key, pending);
    return pending.promise;
  }

  private store(key: string, response: CachedResponse, from: number) {
    this.entries.delete(key);
    this.entries.set(key, { response, at: this.now(), from });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size() {
    return this.entries.size;
  }
}
