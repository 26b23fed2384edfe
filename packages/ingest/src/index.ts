export { decode, type Encoding } from "./decode.ts";
export { parseArticle, type RawArticle } from "./parse.ts";
export { splitLines, type Line } from "./lines.ts";
export { splitSentences } from "./sentences.ts";
export {
  ARTICLE_EXTENSIONS,
  DEFAULT_MAX_BYTES,
  articleIdOf,
  articleOfUnit,
  parseSidecar,
  readArticleFile,
  readArticles,
  unitsOf,
  type ArticleUnit,
  type ReadArticle,
  type ReadOptions,
} from "./read.ts";
export { MARKDOWN_EXTENSIONS, markdownToText, type MarkdownText } from "./markdown.ts";
export { JSON_LINES_EXTENSIONS, isJsonLines, jsonLinesOf, readJsonLine, recordFileId, type JsonRecord } from "./jsonl.ts";
export { ingestFolder, markDuplicates, okEntry, planFolder, skippedEntry, type FolderPlan, type FolderResult, type Skipped } from "./folder.ts";
export { ArticleStore, INGEST_VERSION, articleKey } from "./store.ts";
export { JsonStore } from "./json-store.ts";
export { batched, defaultWorkers, mapInPool } from "./pool.ts";
export { progressLine } from "./progress.ts";
export type { IngestTask } from "./worker.ts";
export { defaultCacheDir, planIngestStage, runIngestStage, type IngestPlan, type IngestStageOptions } from "./stage.ts";
export { digestFolder } from "./digest.ts";
export { codeVersion } from "./code-version.ts";
export { StampCache, stampAt, type Stamp } from "./stamp-cache.ts";
