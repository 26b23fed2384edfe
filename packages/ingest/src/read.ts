import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Article, type Result, SalvoError, Sidecar, err, lineRef, ok, parseLineRef, sha256 } from "@salvo/core";
import { decode } from "./decode.ts";
import { fileSha256 } from "./hash.ts";
import { HTML_EXTENSIONS, htmlToText, looksLikeHtml } from "./html.ts";
import { JSON_LINES_EXTENSIONS, type JsonRecord, isJsonLines, jsonLinesOf, readJsonLine } from "./jsonl.ts";
import { MARKDOWN_EXTENSIONS, markdownToText } from "./markdown.ts";
import { parseArticle } from "./parse.ts";
import { type OwnMeta, mergeMeta } from "./record-meta.ts";

export const ARTICLE_EXTENSIONS = [".txt", ...HTML_EXTENSIONS, ...MARKDOWN_EXTENSIONS, ...JSON_LINES_EXTENSIONS] as const;
export { DEFAULT_MAX_BYTES } from "./defaults.ts";

export interface ReadOptions {
  /**
   * Articles larger than this are skipped as TOO_LARGE (a log or a dump dropped in by mistake): a file, or each line of a
   * JSON Lines file, which is an export of many articles and is not limited as a whole.
   */
  maxBytes: number;
}

export const articleIdOf = (file: string): string => file.replace(/\.[^.]+$/, "") || file; // ".complete" has no stem

/** An article's raw inputs: the file's bytes and its sidecar's text (null when there is none). */
export interface ArticleInputs {
  readonly bytes: Uint8Array;
  readonly sidecar: string | null;
}

/**
 * Reads an article's bytes and sidecar. Synchronous on purpose: it runs in worker threads, where a
 * blocking read costs only that thread, while promise-based reads of thousands of small files
 * queue on libuv's four shared I/O threads and leave the workers idle.
 */
export function readArticleInputs(dir: string, file: string, opts: ReadOptions): Result<ArticleInputs> {
  const path = join(dir, file);
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > opts.maxBytes && !isJsonLines(file)) {
      return err(new SalvoError("TOO_LARGE", file, `${size} bytes is over the limit of ${opts.maxBytes} (--max-bytes)`));
    }
    bytes = readFileSync(path);
  } catch (e) {
    return err(new SalvoError("IO", file, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`));
  }
  const name = `${articleIdOf(file)}.meta.json`;
  try {
    return ok({ bytes, sidecar: readFileSync(join(dir, name), "utf8") });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return ok({ bytes, sidecar: null });
    return err(new SalvoError("BAD_META", name, `cannot read sidecar: ${(e as NodeJS.ErrnoException).code ?? String(e)}`));
  }
}

/**
 * One article's input: a whole file, or one line of a JSON Lines file ("wire.jsonl:12"), with its article id and the
 * digest of its bytes (a line's: its UTF-8 text), which key the article store and tell duplicates.
 */
export interface ArticleUnit {
  readonly file: string;
  readonly id: string;
  readonly sha256: string;
  /** What the article is read from, or why this unit is none (a line that is not JSON, has no text, is too large). */
  readonly source: Result<{ readonly bytes: Uint8Array } | { readonly record: JsonRecord }>;
}

/** A file's bytes → its articles' inputs: the file itself, or each line of a JSON Lines file. Pure. */
export function unitsOf(file: string, inputs: ArticleInputs, opts: ReadOptions): ArticleUnit[] {
  const whole = (source: ArticleUnit["source"]): ArticleUnit[] => [{ file, id: articleIdOf(file), sha256: sha256(inputs.bytes), source }];
  if (!isJsonLines(file)) return whole(ok({ bytes: inputs.bytes }));
  const decoded = decode(inputs.bytes, file);
  if (!decoded.ok) return whole(decoded);
  const lines = jsonLinesOf(decoded.value.text);
  if (lines.length === 0) return whole(err(new SalvoError("EMPTY", file, "no records: every line is blank")));
  return lines.map(({ line, text }) => {
    const ref = lineRef(file, line);
    const read = readJsonLine(text, articleIdOf(file), ref);
    const size = Buffer.byteLength(text, "utf8");
    const tooLarge = size > opts.maxBytes ? err(new SalvoError("TOO_LARGE", ref, `${size} bytes is over the limit of ${opts.maxBytes} (--max-bytes)`)) : null;
    return { file: ref, id: read.id, sha256: sha256(text), source: tooLarge ?? (read.record.ok ? ok({ record: read.record.value }) : read.record) };
  });
}

/** An article's input + its sidecar's text → Article. Pure. Never throws: failures come back with a code. */
export function articleOfUnit(unit: ArticleUnit, sidecarText: string | null): Result<Article> {
  if (!unit.source.ok) return unit.source;
  const sidecar = sidecarText === null ? ok(null) : parseSidecar(sidecarText.replace(/^\uFEFF/, ""), `${articleIdOf(parseLineRef(unit.file)?.file ?? unit.file)}.meta.json`);
  if (!sidecar.ok) return sidecar;
  let body: Body;
  if ("bytes" in unit.source.value) {
    const decoded = decode(unit.source.value.bytes, unit.file);
    if (!decoded.ok) return decoded;
    body = bodyOf(unit.file, decoded.value.text, {});
  } else body = bodyOf(unit.file, unit.source.value.record.text, unit.source.value.record.meta);
  // What the sidecar gives wins; then the file's own front matter or record fields; then its page's markup.
  const { published, ...own } = body.own;
  const merged = Object.keys(own).length || body.headline ? mergeMeta({ ...own, headline: own.headline ?? body.headline }, sidecar.value) : sidecar.value;
  const article = parseArticle({ id: unit.id, file: unit.file, sha256: unit.sha256, text: body.text, sidecar: merged, pagePublished: published ?? body.published });
  if (article.sentences.length === 0) {
    return err(new SalvoError("NOT_ARTICLE", unit.file, "no body sentences after removing headline and page boilerplate"));
  }
  return ok(article);
}

/** An article's text as read, and what the file says of it besides. */
interface Body {
  readonly text: string;
  readonly headline: string | null;
  /** The day the page's markup states (html.ts). */
  readonly published: string | null;
  /** Front matter's or a record's fields. */
  readonly own: OwnMeta;
}

// A saved web page (or a record's HTML text) is read as the text it shows, Markdown as it renders; offsets then point
// into that text, not the markup.
function bodyOf(file: string, text: string, own: OwnMeta): Body {
  if (MARKDOWN_EXTENSIONS.some((x) => file.toLowerCase().endsWith(x))) {
    const md = markdownToText(text);
    return { text: md.text, headline: md.headline, published: null, own: md.meta };
  }
  if (looksLikeHtml(file, text)) {
    const html = htmlToText(text);
    return { text: html.text, headline: html.headline, published: html.published, own: own.author || !html.author ? own : { ...own, author: html.author } };
  }
  return { text, headline: null, published: null, own };
}

/** A unit read: where it came from, its id and digest, and the article or why there is none. */
export interface ReadArticle {
  readonly file: string;
  readonly articleId: string;
  readonly sha256: string;
  readonly article: Result<Article>;
}

/** Reads one file's articles (one, or a JSON Lines file's each line) with its optional sidecar. Never throws. */
export async function readArticles(dir: string, file: string, opts: ReadOptions): Promise<ReadArticle[]> {
  const inputs = readArticleInputs(dir, file, opts);
  if (!inputs.ok) return [{ file, articleId: articleIdOf(file), sha256: await fileSha256(join(dir, file)), article: inputs }];
  return unitsOf(file, inputs.value, opts).map((u) => ({ file: u.file, articleId: u.id, sha256: u.sha256, article: articleOfUnit(u, inputs.value.sidecar) }));
}

/**
 * Reads one article: a file, or a line of a JSON Lines file by its reference ("wire.jsonl:12"), as the manifest names
 * it. Never throws: failures come back with a code.
 */
export async function readArticleFile(dir: string, file: string, opts: ReadOptions): Promise<Result<Article>> {
  const at = parseLineRef(file);
  const read = await readArticles(dir, at?.file ?? file, opts);
  const one = read.find((r) => r.file === file) ?? (read.length === 1 && !read[0]!.article.ok ? read[0] : null);
  return one ? one.article : err(new SalvoError("IO", file, "no such article: the file has changed since it was listed"));
}

export function parseSidecar(raw: string, name: string): Result<Sidecar> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return err(new SalvoError("BAD_META", name, `invalid JSON: ${(e as Error).message}`));
  }
  const parsed = Sidecar.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `field "${issue.path.join(".")}"` : "sidecar";
    const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
    return err(new SalvoError("BAD_META", name, `${where}: ${issue.message}${keys}`));
  }
  return ok(parsed.data);
}
