import type { Sentence } from "@salvo/core";
import type { Line } from "./lines.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// ICU breaks after these even mid-sentence ("U.S. President", "Gen. Syrskyi"); Node's ICU ignores the
// locale's break-suppression extension, so we re-join. a.m./p.m. only before a lower-case word or a
// weekday/month, since "at 2 a.m. Officials said" is a real break.
const ABBREV_END =
  /(?:^|[\s(“"'])(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Prof|St|Jr|Sr|No|Nos|vs|approx|est|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|AUG|SEPT?|OCT|NOV|DEC|[A-Z])\.\s*$/;
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

/** Splits each body line (a paragraph) into sentences with offsets into the whole text. */
export function splitSentences(text: string, paragraphs: readonly Line[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const parts: Array<{ start: number; end: number }> = [];
    for (const seg of segments(p.text)) {
      const start = p.start + seg.index;
      const end = start + seg.segment.length;
      const prev = parts.at(-1);
      const prevText = prev ? text.slice(prev.start, prev.end) : "";
      if (prev && (ABBREV_END.test(prevText) || DATE_ONLY.test(prevText) || (MERIDIEM_END.test(prevText) && CONTINUES.test(seg.segment)))) {
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
