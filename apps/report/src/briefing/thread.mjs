// Entry of the briefing's worker thread. Worker threads do not inherit a TypeScript loader in
// every runner (vitest's do not), so the thread registers tsx itself before loading the renderer.
import { register } from "tsx/esm/api";

register();
await import("./thread.ts");
