/** A front matter line: "title: Russia hits Kyiv with 99 missiles", "pubDate: 2025-07-09". */
export const FRONT_MATTER_KEY = /^([\w-]{1,30})\s*:\s*(.*)$/;

export interface FrontMatter {
  /** Its keys as written, with their values: a string, or a list ("authors: [A, B]" or "- A" lines under the key). */
  readonly fields: Record<string, string | string[]>;
  /** Where the text after the closing "---" line begins. */
  readonly end: number;
}

/**
 * The YAML front matter a static-site or note-taking export opens with, between "---" lines (the closing one may be
 * "..."). Only the subset such files use is read: `key: value`, quoted or not, and lists of plain values; nested maps,
 * multi-line strings and anything else are passed over, not an error. Null when the text does not open with "---" or the
 * block is never closed (then the "---" is the text's own rule).
 */
export function readFrontMatter(text: string): FrontMatter | null {
  const lines = text.split(/(?<=\n)/);
  if (lines[0]?.trimEnd() !== "---") return null;
  const fields: Record<string, string | string[]> = {};
  let offset = lines[0].length;
  let list: string | null = null; // the key whose "- item" lines follow
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trimEnd();
    offset += raw.length;
    if (line === "---" || line === "...") return { fields, end: offset };
    const item = list !== null ? /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line) : null;
    if (item) {
      const prev = fields[list!];
      fields[list!] = [...(Array.isArray(prev) ? prev : []), scalar(item[1]!)];
      continue;
    }
    const kv = /^\s/.test(line) ? null : FRONT_MATTER_KEY.exec(line);
    list = null;
    if (!kv) continue; // a nested map's lines, a multi-line string's: not read
    const [, key, value] = kv as unknown as [string, string, string];
    if (value === "") list = key;
    else fields[key] = /^\[.*\]$/.test(value) ? splitFlow(value.slice(1, -1)) : scalar(value);
  }
  return null;
}

// 'It''s' and "say \"hi\"" are YAML's quoting; " #" opens a comment, after a quoted value too ("title: Strike on
// Odesa # draft", "title: 'Russia''s record night' # check").
function scalar(v: string): string {
  const s = v.trim();
  const double = /^"((?:[^"\\]|\\.)*)"(?:\s+#.*)?$/.exec(s);
  if (double) return double[1]!.replace(/\\(["\\])/g, "$1");
  const single = /^'((?:[^']|'')*)'(?:\s+#.*)?$/.exec(s);
  if (single) return single[1]!.replace(/''/g, "'");
  return s.replace(/\s+#.*$/, "");
}

// "[Olena Koval, 'Ivan Petrenko']": commas inside quotes stay
const splitFlow = (inner: string): string[] => (inner.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/g) ?? []).map(scalar).filter((s) => s !== "");
