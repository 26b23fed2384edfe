import { matchesOf } from "./matches.ts";

/** A word, number or punctuation mark of a sentence, with offsets into the article text. */
export interface Token {
  readonly text: string;
  /** Lower-cased, curly apostrophes and dashes folded: what the grammar matches on. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "number" | "punct";
}

// Numbers keep their thousands separators ("1,200"); "1 200" stays two tokens, joined by the quantity reader only
// before a count noun ("1 200 drones"), where prose cannot mean two numbers.
// An initialism keeps its last stop ("U.S.", "U.N."): a speaker's phrase does not end inside "a senior U.S. official".
// A model name with its digits glued on ("Bayraktar TB2", "Su34") is one word: its number is no count.
// A date written in numbers ("29.12.2024", "2024-12-31", "31/12/2024") is one token, a word: none of its parts is a count.
const TOKEN = /\d{1,2}([./])\d{1,2}\1\d{4}(?![\d.])|\d{4}-\d{2}-\d{2}(?![\d-])|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|(?:\p{Lu}\.){2,}(?![\p{L}\d])|[\p{L}\p{M}]+\d*(?:[-‑’'.][\p{L}\p{M}\d]+)*|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of matchesOf(TOKEN, text)) {
    const t = m[0];
    const start = offset + m.index;
    const kind = isNumericDate(t) ? "word" : kindOf(t);
    out.push({ text: t, norm: normalizeToken(t), start, end: start + t.length, kind });
  }
  return out;
}

const NUMERIC_DATE = /^(?:\d{1,2}([./])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2})$/;
/** A date written in numbers, as the tokenizer takes it whole: "29.12.2024", "31/12/2024", "2024-12-31". */
export const isNumericDate = (text: string): boolean => text.length >= 8 && NUMERIC_DATE.test(text);

// (module level: tsx compiles a regex literal with \p{…} outside a class into `new RegExp(…)`, built anew at every evaluation)
/** A token's text that opens with a capital: a name, an office, the start of a sentence. */
export const STARTS_UPPER = /^\p{Lu}/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]/u;

/** A token's kind by its first character; the Unicode test only for a token that does not start with an ASCII character. */
function kindOf(t: string): Token["kind"] {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return "number";
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return "word";
  if (c < 128) return "punct";
  return LETTER_OR_MARK.test(t) ? "word" : "punct";
}

const FOLD = /[’‘‑–]/g;
/** Lower case, curly apostrophes and odd dashes folded; the regex only runs on the rare token that needs it. */
function normalizeToken(t: string): string {
  const low = t.toLowerCase();
  return /[’‘‑–]/.test(low) ? low.replace(FOLD, (c) => (c === "’" || c === "‘" ? "'" : "-")) : low;
}

/**
 * The normalized words of tokens[from, to), space-joined: what the phrase patterns match. Bounds as `slice` takes them
 * (a negative one counts from the end). A loop, not slice/map/join: the phrase tests ask at nearly every figure and word.
 */
export function normsOf(tokens: readonly Token[], from: number, to: number): string {
  const n = tokens.length;
  const a = sliceBound(from, n);
  const b = sliceBound(to, n);
  let out = "";
  for (let i = a; i < b; i++) out = i === a ? tokens[i]!.norm : out + " " + tokens[i]!.norm;
  return out;
}

/** A bound as `Array.prototype.slice` reads it: truncated, NaN as 0, negative from the end, clamped to [0, n]. */
function sliceBound(x: number, n: number): number {
  const i = Number.isNaN(x) ? 0 : Math.trunc(x);
  return i < 0 ? Math.max(n + i, 0) : Math.min(i, n);
}
