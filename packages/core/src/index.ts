export * from "./enums.ts";
export * from "./errors.ts";
export * from "./ids.ts";
export * from "./names.ts";
export * from "./calendar.ts";
export * from "./article.ts";
export * from "./datasets.ts";
export * from "./stage.ts";
