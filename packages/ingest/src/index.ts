export { decode, type Encoding } from "./decode.ts";
export { parseArticle, type RawArticle } from "./parse.ts";
export {
  ARTICLE_EXTENSIONS,
  DEFAULT_MAX_BYTES,
  articleIdOf,
  listArticleFiles,
  parseSidecar,
  readArticleFile,
  type ReadOptions,
} from "./read.ts";
export { ingestFolder, type FolderResult, type Skipped } from "./folder.ts";
