// The briefing rendered in a worker thread: the PDF layout is the report stage's longest task, and
// the CSVs can be built on the other core meanwhile.
import { parentPort, workerData } from "node:worker_threads";
import type { BriefingInput } from "./context.ts";
import { renderBriefing } from "./render.ts";

const pdf = await renderBriefing(workerData as BriefingInput);
parentPort!.postMessage(pdf, [pdf.buffer as ArrayBuffer]);
