export type { BriefingInput } from "./context.ts";
export { renderBriefingOffThread } from "./off-thread.ts";
export { renderBriefing } from "./render.ts";
