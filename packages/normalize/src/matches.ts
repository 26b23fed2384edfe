/**
 * The matches of a global `re` in `text`, as `[...text.matchAll(re)]` gives them (from `re.lastIndex`, which is left as
 * it was). `matchAll` copies the pattern for its iterator, and copying a pattern with the "u" flag costs more than
 * running it over a sentence: the cue, date and token scans ask hundreds of times per article.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf: ${re} is not global`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      // (an empty match moves on by one character, a whole code point under "u", as matchAll does)
      if (m[0] === "") re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes("v"));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? i + 2 : i + 1;
}
