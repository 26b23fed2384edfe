import { Worker } from "node:worker_threads";
import type { BriefingInput } from "./context.ts";
import { renderBriefing } from "./render.ts";
import { selectForBriefing } from "./select.ts";

/** Below this many events a thread's start-up (≈0.5 s) costs more than the layout it would move. */
const OFF_THREAD_MIN_EVENTS = 60;

export interface PendingBriefing {
  readonly pdf: Promise<Uint8Array>;
  /** Stops the thread (when the run fails before the briefing is needed). */
  cancel(): void;
}

/**
 * The briefing rendered in a worker thread, so the caller's thread is free for other work until
 * it awaits the result. Same bytes as `renderBriefing` (the same function runs in the thread);
 * small inputs are rendered inline.
 */
export function renderBriefingOffThread(input: BriefingInput): PendingBriefing {
  const selected = selectForBriefing(input); // only what the briefing shows crosses to the thread
  if (selected.strikes.length + selected.diplomacy.length < OFF_THREAD_MIN_EVENTS) {
    return { pdf: renderBriefing(selected), cancel: () => {} };
  }
  const worker = new Worker(new URL("./thread.mjs", import.meta.url), { workerData: selected });
  const pdf = new Promise<Uint8Array>((resolve, reject) => {
    let done = false;
    worker.once("message", (bytes: Uint8Array) => {
      done = true;
      resolve(bytes);
    });
    worker.once("error", (e) => {
      done = true;
      reject(e);
    });
    worker.once("exit", (code) => {
      if (!done) reject(new Error(`the briefing's worker thread exited with code ${code} before it rendered`));
    });
  });
  return { pdf, cancel: () => void worker.terminate() };
}
