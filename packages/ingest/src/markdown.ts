import { readFrontMatter } from "./front-matter.ts";
import { type OwnMeta, ownMetaOf } from "./record-meta.ts";

export const MARKDOWN_EXTENSIONS = [".md", ".markdown"] as const;

/** A Markdown article reduced to the text a reader of the rendered page sees, with what its front matter says of it. */
export interface MarkdownText {
  readonly text: string;
  /** The front matter's title, else the first level-one heading ("# Drones hit Lviv"); null when neither. */
  readonly headline: string | null;
  readonly meta: OwnMeta;
}

// (each tested on a line with its blockquote markers taken off)
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LINK_DEF = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const QUOTE = /^\s{0,3}>\s?/;
const BULLET = /^\s{0,3}[-*+]\s+(?=\S)/;
const ORDERED = /^\s{0,3}(\d{1,9})[.)]\s+(?=\S)/;
// a pipe table's delimiter row, "|---|:---:|", under its header row
const TABLE_DELIMITER = /^\s{0,3}(?=[^|]*\|)\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Markdown → text the way an outlet's copy reads, one block a line and blocks separated by a blank line, as a saved
 * page's text is (html.ts): a paragraph's wrapped lines join into one ("Russia launched 40 drones\novernight" → one
 * line: every line is a paragraph to ingest, and a sentence must not break at a wrap); headings lose their "#"s, list
 * items their bullets and blockquotes their ">"s, each item and quoted paragraph a block; links become their text,
 * emphasis and code spans lose their markers; a pipe table is its rows, a line each with its bars as a text table writes
 * them ("| 3-4 September | 32 | 23 |"), its delimiter row dropped (joined, a fact box's rows would read as one sentence, each
 * row's figures under the next row's date); images, HTML comments, fenced code and link definitions are no copy and
 * are dropped, as are rules and setext underlines. Pure; offsets downstream point into the text returned.
 */
export function markdownToText(markdown: string): MarkdownText {
  const front = readFrontMatter(markdown);
  const meta = ownMetaOf(front?.fields ?? {});
  const blocks: string[] = [];
  let para: string[] = [];
  let paraQuoted = false;
  let paraItem = false; // the paragraph is a list item's: a numbered line after it is the next item
  let h1: string | null = null;
  // the rows of the pipe table being read, its header first
  let table: string[] | null = null;
  const endTable = () => {
    if (table) blocks.push(table.map(inline).join("\n"));
    table = null;
  };
  const flush = () => {
    if (para.length) blocks.push(inline(para.join(" ").replace(/ ?\n ?/g, "\n")));
    para = [];
    paraItem = false;
  };
  const heading = (level: number, text: string) => {
    flush();
    const t = inline(text);
    if (t) blocks.push(t);
    if (level === 1) h1 ??= t || null;
  };
  let fence: string | null = null;
  let comment = false;
  // (the line breaks splitLines knows: a U+2028 left inside a paragraph would break it there)
  for (const raw of (front ? markdown.slice(front.end) : markdown).split(/\r\n|\n|\r|\u2028|\u2029/)) {
    if (fence !== null) {
      if (raw.trim().startsWith(fence) && raw.trim().replace(/^[`~]+/, "") === "") fence = null;
      continue;
    }
    // (an HTML comment may span lines: "<!-- editor's note:\n check the figure -->")
    let line = raw;
    if (comment) {
      const close = line.indexOf("-->");
      if (close === -1) continue;
      comment = false;
      line = line.slice(close + 3);
      if (line.trim() === "") continue;
    }
    const uncommented = line.replace(/<!--[\s\S]*?-->/g, "");
    const open = uncommented.indexOf("<!--");
    if (open !== -1) comment = true;
    // (a line that was only a comment is no paragraph break)
    if (uncommented.trim() === "" && line.trim() !== "") continue;
    line = open === -1 ? uncommented : uncommented.slice(0, open);
    const quoted = QUOTE.test(line);
    while (QUOTE.test(line)) line = line.replace(QUOTE, "");
    if (table && (quoted || !line.includes("|") || line.trim() === "")) endTable();
    if (table) {
      table.push(line.trim());
      continue;
    }
    // (a header row is a paragraph of one line until the delimiter under it makes it a table's)
    if (!quoted && para.length === 1 && !paraQuoted && !paraItem && para[0]!.includes("|") && TABLE_DELIMITER.test(line)) {
      table = [para[0]!.trim()];
      para = [];
      continue;
    }
    if (quoted !== paraQuoted) flush();
    paraQuoted = quoted;
    if (line.trim() === "") {
      flush();
      continue;
    }
    const f = FENCE.exec(line);
    if (f) {
      flush();
      fence = f[1]!;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      heading(atx[1]!.length, atx[2] ?? "");
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && para.length) {
      // "Drones over Kyiv\n===" is a heading; its underline no text
      const text = para.join(" ");
      para = [];
      heading(setext[1]!.startsWith("=") ? 1 : 2, text);
      continue;
    }
    if (RULE.test(line) || (para.length === 0 && LINK_DEF.test(line))) {
      flush();
      continue;
    }
    // A numbered item interrupts a paragraph only from 1, as CommonMark has it: a wrapped line "2022. Russia began" goes on
    // its paragraph.
    const ordered = ORDERED.exec(line);
    const item = BULLET.exec(line) ?? (ordered && (para.length === 0 || paraItem || ordered[1] === "1") ? ordered : null);
    if (item) {
      flush();
      paraItem = true;
      line = line.slice(item[0].length);
    }
    // (two trailing spaces or a backslash: a hard line break, "<br>", kept as one as a saved page's is)
    const hard = /(?: {2,}|\\)$/.test(line);
    para.push(line.trim().replace(/\\$/, "") + (hard ? "\n" : ""));
  }
  endTable();
  flush();
  return { text: blocks.filter((b) => b.trim() !== "").join("\n\n"), headline: meta.headline ?? h1, meta };
}

// Backslash escapes ("\*not emphasis\*") are hidden in the Private Use Area while the markers are taken off, then restored.
const ESCAPE_BASE = 0xe000;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "—", ndash: "–", hellip: "…" };

/** A block's inline markup → its text: "**40** [drones](https://…) hit `Lviv`" → "40 drones hit Lviv". */
export function inline(s: string): string {
  // (the text's own characters in that range go first, or the restore would turn U+E00D into a carriage return: an icon
  // font's glyph is no copy)
  let t = s.replace(/[\ue000-\ue1ff]/g, "").replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) => String.fromCharCode(ESCAPE_BASE + c.charCodeAt(0)));
  // code spans first: what is inside one is literal ("`*` marks a correction")
  const code: string[] = [];
  t = t.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, inner: string) => {
    code.push(inner.trim() || inner);
    return String.fromCharCode(ESCAPE_BASE + 0x100 + code.length - 1);
  });
  t = t
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, "") // an image is no copy, its alt text neither
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, "") // inline HTML: "<sup>1</sup>", "<br>"
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, (m, mark: string, inner: string, at: number, all: string) =>
      mark === "__" && (/[\p{L}\d]/u.test(all[at - 1] ?? "") || /[\p{L}\d]/u.test(all[at + m.length] ?? "")) ? m : inner,
    )
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    // single markers: not "5 * 3" (a space after the opener) nor snake_case (an underscore inside a word)
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, "$1")
    .replace(/(?<![\p{L}\d_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\d_])/gu, "$1")
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? m;
      const cp = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    });
  return t
    .replace(/[\ue100-\ue1ff]/g, (c) => code[c.charCodeAt(0) - ESCAPE_BASE - 0x100] ?? c)
    .replace(/[\ue000-\ue07f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPE_BASE))
    .replace(/[ \t]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
}
