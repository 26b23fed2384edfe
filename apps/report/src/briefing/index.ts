export type { BriefingInput } from "./context.ts";
export { renderBriefing } from "./render.ts";
export { selectForBriefing } from "./select.ts";
