// The parts of core that need no schema library: what a command can load in milliseconds when it
// only has to decide whether there is work to do (zod and the schemas cost ~0.2 s to load).
export * from "./calendar.ts";
export * from "./ids.ts";
export * from "./stage-env.ts";
