/**
 * What an outlet says it reported before and has since corrected: "In our 13:00 post we said eight people had been killed in
 * Dnipro. … the correct figure is six". The figure it takes back is no claim of anyone's; the corrected one told beside it is.
 */

// the outlet's own earlier words: "we said", "we had reported", "this page stated"
const WE_SAID = /\b(?:we|this\s+(?:page|blog|post|story|article|report))\s+(?:had\s+)?(?:said|reported|stated|wrote|gave|put)\b/gi;
// … pointed back at an earlier post: "In our 13:00 post", "In the 15:20 update", "Earlier", "we reported earlier"
const EARLIER_POST = /\b(?:earlier|previously|originally|in\s+(?:our|the|an?)\s+(?:earlier\s+|previous\s+)?(?:\d{1,2}[:.]\d{2}\s+)?(?:post|update|entry|version))\b/i;
// "An earlier version of this page said 19 people had been killed": a correction notice by itself
const EARLIER_VERSION = /\ban?\s+(?:earlier|previous)\s+version\s+of\s+this\s+\w+\s+(?:said|stated|reported|gave|misstated|put)\b/i;
// "we wrongly said", "we mistakenly reported": so is a mistake owned up to
// (not "As we previously reported, 11 people were killed": repeated, not owned up to)
const OWNED_MISTAKE = /\bwe\s+(?:originally|previously|wrongly|incorrectly|mistakenly)\s+(?:said|reported|stated|wrote)\b/gi;
// the paragraph says the outlet's own earlier words were wrong ("the correct figure is six", "The post has been amended",
// "We apologise for the error"); without it "As we reported earlier, 11 people were killed" stands. Words about something else
// are not it: "The number of casualties has not been confirmed", "the error in the power grid", "Russia said the figure was wrong"
const CORRECTED = new RegExp(
  [
    /\bthe\s+correct(?:ed)?\s+(?:figure|number|toll|count)\b/,
    /\b(?:we|I)\s+(?:have\s+|had\s+)?(?:since\s+)?(?:amended|corrected)\b/,
    /\b(?:the|this|that|our)\s+(?:earlier\s+|previous\s+)?(?:post|entry|update|page|blog|story|article|report|version)\s+(?:has|had)\s+(?:since\s+)?been\s+(?:amended|corrected)\b/,
    /\bwe\s+apologi[sz]e\b/,
    /\b(?:our|this)\s+(?:error|mistake)\b/,
    /\bwe\s+(?:wrongly|incorrectly|mistakenly)\b/,
    /\bcorrection\s*(?::|\n|$)/,
  ]
    .map((re) => re.source)
    .join("|"),
  "i",
);
// what opens another clause, one that may give the right figure: "…; the correct figure is six", "…, but the governor says six"
const CLAUSE_END = /;|\s[—–]\s|,\s+(?:but|while|whereas)\b|\.\s/g;

/**
 * The span (offsets into `text`) of the clause that tells what the outlet said before and takes back, or null.
 * `paragraph`: the text of the sentence's paragraph (with its heading), where the correction is said (read only when needed).
 */
export function retractedSpan(text: string, paragraph: () => string): readonly [number, number] | null {
  const marker = firstMatch(EARLIER_VERSION, text) ?? ownedMistake(text) ?? earlierPostSaid(text, paragraph);
  if (marker === null) return null;
  return [clauseStart(text, marker), clauseEnd(text, marker)];
}

/** "we said" with an earlier post named in its clause, in a paragraph that says it was wrong (not "As we reported earlier"). */
function earlierPostSaid(text: string, paragraph: () => string): number | null {
  for (const m of text.matchAll(WE_SAID)) {
    if (repeated(text, m.index)) continue;
    const from = clauseStart(text, m.index);
    if (EARLIER_POST.test(text.slice(from, clauseEnd(text, m.index)))) return CORRECTED.test(paragraph()) ? m.index : null;
  }
  return null;
}

/** "we wrongly said", "we originally said", but not "As we previously reported". */
function ownedMistake(text: string): number | null {
  for (const m of text.matchAll(OWNED_MISTAKE)) if (!repeated(text, m.index)) return m.index;
  return null;
}

/** "As we reported": the page repeats its earlier words rather than taking them back. */
function repeated(text: string, at: number): boolean {
  return /\bas\s+$/i.test(text.slice(Math.max(0, at - 4), at));
}

function firstMatch(re: RegExp, text: string): number | null {
  const at = text.search(re);
  return at >= 0 ? at : null;
}

function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_END)) start = m.index + m[0].length;
  return start;
}

function clauseEnd(text: string, at: number): number {
  const end = text.slice(at).search(CLAUSE_END);
  return end >= 0 ? at + end : text.length;
}
