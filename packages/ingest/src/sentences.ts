import type { Sentence } from "@salvo/core";
import type { Line } from "./lines.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// ICU breaks after these even mid-sentence ("U.S. President", "Gen. Syrskyi"); Node's ICU ignores the
// locale's break-suppression extension, so we re-join. a.m./p.m. only before a lower-case word or a
// weekday/month, since "at 2 a.m. Officials said" is a real break.
// (an initial, "Donald J. Trump"; not the platform a post was on: "the Indian prime minister wrote on X. He had spoken with …")
const ABBREV_END =
  /(?:^|[\s(“"'])(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Prof|St|Jr|Sr|No|Nos|vs|approx|est|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|AUG|SEPT?|OCT|NOV|DEC|(?<!\b(?:on|via)\s)[A-Z])\.\s*$/;
const MERIDIEM_END = /\b[ap]\.m\.\s*$/i;
// A timeline entry "February 12. Trump and Putin speak by phone": the date belongs to the sentence after it.
const DATE_ONLY = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:,?\s+\d{4})?[.:]\s*$/;
const CONTINUES = /^(?:[a-z0-9]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|local|Kyiv|Moscow)\b)/;

// Node 20's ICU segments a paragraph in time quadratic in its length (crbug 326176949): a 380 KB
// paragraph takes seconds. Long paragraphs are cut into windows at a likely sentence end first.
const WINDOW = 2000;
const SAFE_CUT = /[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu;

function* segments(text: string): Generator<{ index: number; segment: string }> {
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > WINDOW * 2) {
      SAFE_CUT.lastIndex = from + WINDOW;
      const m = SAFE_CUT.exec(text);
      to = m && m.index < from + WINDOW * 4 ? m.index + m[0].length : Math.min(text.length, from + WINDOW * 2);
    }
    for (const seg of segmenter.segment(text.slice(from, to))) yield { index: from + seg.index, segment: seg.segment };
    from = to;
  }
}

/**
 * Whether the segment ending at `end` may run on into the next: ABBREV_END, MERIDIEM_END and DATE_ONLY all need it to end
 * in "." or ":" (and spaces). Most segments do not, and are not sliced and tested (ABBREV_END, not anchored at its
 * start, is tried from every position of the segment).
 */
function mayJoin(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === "." || text[i] === ":";
}

/** Splits each body line (a paragraph) into sentences with offsets into the whole text. */
export function splitSentences(text: string, paragraphs: readonly Line[]): Sentence[] {
  const out: Sentence[] = [];
  const spans = paragraphSegments(text, paragraphs);
  paragraphs.forEach((p, paragraph) => {
    const parts: Array<{ start: number; end: number }> = [];
    for (const [start, end] of spans[paragraph]!) {
      const prev = parts.at(-1);
      const prevText = prev && mayJoin(text, prev.end) ? text.slice(prev.start, prev.end) : "";
      if (prev && prevText && (ABBREV_END.test(prevText) || DATE_ONLY.test(prevText) || (MERIDIEM_END.test(prevText) && CONTINUES.test(text.slice(start, end))))) {
        prev.end = end;
      } else {
        parts.push({ start, end });
      }
    }
    for (const part of parts) {
      let { start, end } = part;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ index: out.length, start, end, paragraph });
    }
  });
  return out;
}

// Paragraphs segmented together, up to this many characters: a call to the segmenter costs about as much as segmenting
// a short paragraph, and most paragraphs are one or two sentences.
const CHUNK = WINDOW * 4;

/**
 * Each paragraph's ICU segments, as [start, end) offsets into `text`, as if it had been segmented on its own. Runs of
 * short paragraphs are segmented in one call over the text that spans them: the segmenter always breaks after a line
 * separator, and every paragraph is a line of its own, so no segment runs from one paragraph into the next; segments
 * are cut to their paragraph (dropping what lies between paragraphs: their spaces, separators and the lines left out).
 * A long paragraph is segmented alone, in windows (see `segments`).
 */
function paragraphSegments(text: string, paragraphs: readonly Line[]): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = paragraphs.map(() => []);
  let first = 0;
  while (first < paragraphs.length) {
    const p = paragraphs[first]!;
    if (p.end - p.start > WINDOW * 2) {
      for (const seg of segments(p.text)) out[first]!.push([p.start + seg.index, p.start + seg.index + seg.segment.length]);
      first++;
      continue;
    }
    // the run: short paragraphs, each on a later line than the one before, within CHUNK characters
    let last = first;
    while (last + 1 < paragraphs.length) {
      const next = paragraphs[last + 1]!;
      if (next.end - next.start > WINDOW * 2 || next.start <= paragraphs[last]!.end || next.end - p.start > CHUNK) break;
      last++;
    }
    let k = first;
    for (const seg of segmenter.segment(text.slice(p.start, paragraphs[last]!.end))) {
      const from = p.start + seg.index;
      const to = from + seg.segment.length;
      while (k <= last && paragraphs[k]!.end <= from) k++;
      if (k > last) break;
      const start = Math.max(from, paragraphs[k]!.start);
      const end = Math.min(to, paragraphs[k]!.end);
      if (end > start) out[k]!.push([start, end]);
    }
    first = last + 1;
  }
  return out;
}
