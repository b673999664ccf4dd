// One load run with autocannon: requests per second and latency percentiles. Every request
// says `Accept-Encoding: gzip, deflate, br` as browsers do (autocannon sends none by itself),
// so the front's per-response compression is part of what is measured.
import autocannon from "autocannon";

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number; bytesPerRequest: number };

export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br", accept: "text/html,application/json;q=0.9,*/*;q=0.8" };

export async function load(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration: seconds, timeout: 30, headers: { ...BROWSER_HEADERS, ...headers } });
  return {
    rps: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    bytesPerRequest: r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
  };
}
