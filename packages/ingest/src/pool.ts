import { availableParallelism } from "node:os";
import { Piscina } from "piscina";

/**
 * Runs `task` over `items` on a pool of worker threads (piscina), keeping results in input
 * order. With one worker the work runs inline: no thread start-up, and the 1-vs-N comparison in
 * the benchmark measures the pool itself.
 */
// tasks do their file I/O synchronously, so more lanes would not overlap anything
const INLINE_CONCURRENCY = 1;

export async function mapInPool<T, R>(
  workerFile: URL,
  items: readonly T[],
  workers: number,
  onProgress?: (done: number) => void,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let done = 0;
  if (workers <= 1) {
    const task = (await import(workerFile.href)).default as (item: T) => Promise<R> | R;
    let next = 0;
    const lane = async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i]!);
        onProgress?.(++done);
      }
    };
    await Promise.all(Array.from({ length: INLINE_CONCURRENCY }, lane));
    return out;
  }
  const pool = new Piscina({ filename: workerFile.href, maxThreads: workers, minThreads: workers, concurrentTasksPerWorker: 1 });
  try {
    await Promise.all(
      items.map(async (item, i) => {
        out[i] = (await pool.run(item)) as R;
        onProgress?.(++done);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return out;
}

export const defaultWorkers = (): number => Math.max(1, availableParallelism());
