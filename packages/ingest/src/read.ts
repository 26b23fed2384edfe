import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Article, type Result, SalvoError, Sidecar, err, ok, sha256 } from "@salvo/core";
import { decode } from "./decode.ts";
import { HTML_EXTENSIONS, htmlToText, looksLikeHtml } from "./html.ts";
import { parseArticle } from "./parse.ts";

export const ARTICLE_EXTENSIONS = [".txt", ...HTML_EXTENSIONS] as const;
export { DEFAULT_MAX_BYTES } from "./defaults.ts";

export interface ReadOptions {
  /** Files larger than this are skipped as TOO_LARGE (a log or a dump dropped in by mistake). */
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
    if (size > opts.maxBytes) {
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

/** Bytes + sidecar text → Article. Pure. Never throws: failures come back with a code. */
export function articleFromInputs(file: string, inputs: ArticleInputs): Result<Article> {
  const decoded = decode(inputs.bytes, file);
  if (!decoded.ok) return decoded;
  const id = articleIdOf(file);
  const sidecar = inputs.sidecar === null ? ok(null) : parseSidecar(inputs.sidecar.replace(/^\uFEFF/, ""), `${id}.meta.json`);
  if (!sidecar.ok) return sidecar;
  // A saved web page is read as the text it shows; offsets then point into that text, not the markup.
  const html = looksLikeHtml(file, decoded.value.text) ? htmlToText(decoded.value.text) : null;
  const meta = html?.headline && !sidecar.value?.headline ? { ...sidecar.value, headline: html.headline } : sidecar.value;
  const article = parseArticle({ id, file, sha256: sha256(inputs.bytes), text: html?.text ?? decoded.value.text, sidecar: meta, pagePublished: html?.published ?? null });
  if (article.sentences.length === 0) {
    return err(new SalvoError("NOT_ARTICLE", file, "no body sentences after removing headline and page boilerplate"));
  }
  return ok(article);
}

/** Reads one article and its optional sidecar. Never throws: failures come back with a code. */
export async function readArticleFile(dir: string, file: string, opts: ReadOptions): Promise<Result<Article>> {
  const inputs = readArticleInputs(dir, file, opts);
  return inputs.ok ? articleFromInputs(file, inputs.value) : inputs;
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
