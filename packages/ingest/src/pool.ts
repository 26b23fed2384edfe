import { Piscina } from "piscina";

// articles per message to a worker: large enough to amortise the round trip, small enough to balance the threads
const BATCH = 32;
// Up to this many items the work runs inline: each thread first loads the extractor through tsx
// (~0.5 s, so two threads start paying off only past a few hundred articles at ~2-3 ms each).
// Measured once, adding 100 articles to 10,000: ingest 0.4 s and normalize 1.1 s inline against
// 0.8 s and 1.8 s with two threads.
const INLINE_UP_TO = 256;

/**
 * Runs `task` over `items` on a pool of worker threads (piscina), keeping results in input
 * order. With one worker, or few items, the work runs inline (no thread start-up); the
 * benchmark's corpora are larger than that, so its 1-vs-N comparison measures the pool itself.
 */
export async function mapInPool<T, R>(
  workerFile: URL,
  items: readonly T[],
  workers: number,
  onProgress?: (done: number) => void,
  /** Applied to each result as it arrives (to compact it before the rest come in). */
  each: (r: R) => R = (r) => r,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let done = 0;
  if (items.length === 0) return out; // a warm re-run: starting threads would cost more than the work
  if (workers <= 1 || items.length <= INLINE_UP_TO) {
    const task = (await import(workerFile.href)).default as (b: { batch: T[] }) => Promise<R[]>;
    for (let i = 0; i < items.length; i++) {
      out[i] = each((await task({ batch: [items[i]!] }))[0]!);
      onProgress?.(++done);
    }
    return out;
  }
  const pool = new Piscina({ filename: workerFile.href, maxThreads: workers, minThreads: workers, concurrentTasksPerWorker: 1 });
  try {
    const batches: number[] = [];
    for (let i = 0; i < items.length; i += BATCH) batches.push(i);
    await Promise.all(
      batches.map(async (from) => {
        const results = (await pool.run({ batch: items.slice(from, from + BATCH) })) as R[];
        results.forEach((r, k) => (out[from + k] = each(r)));
        done += results.length;
        onProgress?.(done);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return out;
}

export { defaultWorkers } from "./defaults.ts";

/**
 * A worker module's default export: one message carries a batch of tasks, so a worker thread
 * costs one structured-clone round trip per batch, not per article.
 */
export function batched<T, R>(task: (item: T) => Promise<R> | R): (message: { batch: T[] }) => Promise<R[]> {
  return async ({ batch }) => {
    const out: R[] = [];
    for (const item of batch) out.push(await task(item));
    return out;
  };
}
