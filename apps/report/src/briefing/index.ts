export type { BriefingInput } from "./context.ts";
export { renderBriefing } from "./render.ts";
