export { generateCorpus, type CorpusOptions } from "./corpus.ts";
export type { SynthArticle, TrueFigure } from "./articles.ts";
export { writeCorpus, goldOf } from "./write.ts";
