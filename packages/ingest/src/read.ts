import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type Article, type Result, SalvoError, Sidecar, err, ok, sha256 } from "@salvo/core";
import { decode } from "./decode.ts";
import { HTML_EXTENSIONS, htmlToText, looksLikeHtml } from "./html.ts";
import { parseArticle } from "./parse.ts";

export const ARTICLE_EXTENSIONS = [".txt", ...HTML_EXTENSIONS] as const;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  /** Files larger than this are skipped as TOO_LARGE (a log or a dump dropped in by mistake). */
  maxBytes: number;
}

/** Article files directly in `dir`, sorted by name so every run sees them in the same order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.some((x) => e.name.endsWith(x)) && !e.name.startsWith("."))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export const articleIdOf = (file: string): string => file.replace(/\.[^.]+$/, "") || file; // ".complete" has no stem

/** Reads one article and its optional sidecar. Never throws: failures come back with a code. */
export async function readArticleFile(dir: string, file: string, opts: ReadOptions): Promise<Result<Article>> {
  const path = join(dir, file);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > opts.maxBytes) {
      return err(new SalvoError("TOO_LARGE", file, `${info.size} bytes is over the limit of ${opts.maxBytes} (--max-bytes)`));
    }
    bytes = await readFile(path);
  } catch (e) {
    return err(new SalvoError("IO", file, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`));
  }
  const decoded = decode(bytes, file);
  if (!decoded.ok) return decoded;
  const id = articleIdOf(file);
  const sidecar = await readSidecar(dir, `${id}.meta.json`);
  if (!sidecar.ok) return sidecar;
  // A saved web page is read as the text it shows; offsets then point into that text, not the markup.
  const html = looksLikeHtml(file, decoded.value.text) ? htmlToText(decoded.value.text) : null;
  const meta = html?.headline && !sidecar.value?.headline ? { ...sidecar.value, headline: html.headline } : sidecar.value;
  const article = parseArticle({ id, file, sha256: sha256(bytes), text: html?.text ?? decoded.value.text, sidecar: meta });
  if (article.sentences.length === 0) {
    return err(new SalvoError("NOT_ARTICLE", file, "no body sentences after removing headline and page boilerplate"));
  }
  return ok(article);
}

async function readSidecar(dir: string, name: string): Promise<Result<Sidecar | null>> {
  let raw: string;
  try {
    raw = await readFile(join(dir, name), "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return ok(null);
    return err(new SalvoError("BAD_META", name, `cannot read sidecar: ${(e as NodeJS.ErrnoException).code ?? String(e)}`));
  }
  return parseSidecar(raw.replace(/^\uFEFF/, ""), name);
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
