/** A line of the decoded text with its offsets (line terminator excluded, surrounding spaces trimmed). */
export interface Line {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let from = 0;
  let index = 0;
  for (;;) {
    const m = re.exec(text);
    const to = m ? m.index : text.length;
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lines.push({ index: index++, start: s, end: e, text: text.slice(s, e) });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return lines;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}
