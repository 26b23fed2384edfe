import type { Article, Sentence } from "@salvo/core";
import { type Claimant, isPronounClaimant } from "./claimants.ts";
import { partitionPoint } from "./partition-point.ts";
import { isCount } from "./quantities.ts";
import type { Token } from "./tokens.ts";

/**
 * Token indexes where a clause ends: ";", ", but", and ", while" (or ", whereas") before another source's own
 * statement ("rose to 25, the railway said, while Moscow said it had killed 200"). Attribution does not cross them.
 */
export function clauseBreaks(tokens: readonly Token[]): number[] {
  const breaks: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.norm;
    // (", whose" opens what is told of another thing, its own source with it: "killed at least five people …, coming four days
    // after the December 29 attack, whose toll now stands at 45 according to Ukraine's Interior Ministry")
    // (a table row's cell is a clause of its own: "| 32 Shahed drones (Air Force) | Two injured (Oleh Kiper) |")
    if (t === ";" || t === "|" || ((t === "but" || t === "whose") && tokens[k - 1]?.norm === ",") || timingClauseAt(tokens, k)) breaks.push(k);
    // (not "Russia attacked with 40 drones, while the Air Force said 35 were shot down": one source for both, where the
    // clause before names none and the statement after gives a count; "…, while Russia's ministry said it had struck
    // military targets" is the other side's own claim)
    else if ((t === "while" || t === "whereas") && tokens[k - 1]?.norm === "," && tokens.slice(k + 1, k + 8).some((w) => CONTRAST_SAYS.test(w.norm))) {
      const before = tokens.slice(breaks.at(-1) ?? 0, k).some((w) => CONTRAST_SAYS.test(w.norm));
      const end = tokens.findIndex((w, j) => j > k && (w.norm === ";" || w.norm === "."));
      const counts = tokens.slice(k + 1, end < 0 ? tokens.length : end).some(isCount);
      if (before || !counts) breaks.push(k);
    }
  }
  return breaks;
}

const CONTRAST_SAYS = /^(?:said|says|claimed|claims|insisted|reported|stated|announced)$/;

// the span a trailing clause of time counts: "just hours", "a day", "two days", "less than a week"
const SPAN_WORD = /^(?:just|only|some|barely|mere|less|more|than|about|nearly|within|a|an|few|several|one|two|three|four|five|six|seven|eight|nine|ten|hours?|days?|minutes?|weeks?)$/;
const SPAN_UNIT = /^(?:hours?|days?|minutes?|weeks?)$/;
/** The words that make the span a clause of time opens with: ", just hours after", ", two days before". */
export const TIMING_BREAK = new Set(["after", "before"]);

/**
 * ", just hours after U.S. President Donald Trump said …", ", two days after a strike on the capital that killed 25 people": a
 * clause that times the news by another event, told to the sentence's end with a saying or a count of its own. Who speaks in it
 * did not give the figures before it, nor did the one named before it give its count. (Not a clause set off by a comma and
 * followed by the sentence's speaker: "…, hours after Moscow said X, the Air Force said", whose speaker is the sentence's.)
 */
function timingClauseAt(tokens: readonly Token[], k: number): boolean {
  if (!TIMING_BREAK.has(tokens[k]!.norm)) return false;
  const comma = tokens.findLastIndex((w, j) => j < k && j >= k - 5 && w.norm === ",");
  if (comma < 1 || k - comma < 2) return false;
  const span = tokens.slice(comma + 1, k);
  if (!span.every((w) => w.kind === "number" || SPAN_WORD.test(w.norm)) || !span.some((w) => SPAN_UNIT.test(w.norm))) return false;
  const end = tokens.findIndex((w, j) => j > k && (w.norm === ";" || w.norm === "."));
  const clause = tokens.slice(k + 1, end < 0 ? tokens.length : end);
  const closed = clause.findIndex((w) => w.norm === ",");
  if (closed >= 0 && clause.slice(closed).some((w) => CONTRAST_SAYS.test(w.norm))) return false;
  return clause.some((w) => CONTRAST_SAYS.test(w.norm)) || clause.some(isCount);
}

/** The clause [from, to] holding token i (binary search over the breaks: long sentences stay linear). */
export function clauseOf(breaks: readonly number[], count: number, i: number): [number, number] {
  const lo = partitionPoint(breaks.length, (k) => breaks[k]! < i);
  return [lo > 0 ? breaks[lo - 1]! + 1 : 0, lo < breaks.length ? breaks[lo]! - 1 : count - 1];
}

export function pickClaimant(claimants: readonly Claimant[], breaks: readonly number[], count: number, i: number): Claimant | "none-in-clause" | null {
  if (claimants.length === 0) return null;
  const [from, to] = clauseOf(breaks, count, i);
  const inClause = claimants.filter((c) => c.at >= from && c.at <= to);
  if (inClause.length === 0) return "none-in-clause";
  return inClause.reduce((a, b) => (Math.abs(b.at - i) < Math.abs(a.at - i) ? b : a));
}

/** The one source an article cites (an Air Force statement reproduced with its lists), or null. */
export function soleSource(named: readonly Claimant[]): Claimant | null {
  const first = named[0];
  if (!first || first.side === "local" || first.side === "unknown") return null;
  return named.every((c) => c.name === first.name) ? first : null;
}

const RECOUNT = /\b(?:put|puts|putting)\s+(?:the|its|his|her|their)\s+(?:numbers?|figures?|counts?|totals?)\s+at\b|\b(?:gave|gives|cited)\s+(?:his|her|its|their)\s+own\s+(?:numbers|figures|count)\b/i;

// a count, and words of the same kind as the count before, in the next sentence: "266 were shot down", "30 of them
// destroyed", "three people killed" (not a date's "July 8", a span's "two days", nor another kind's count: "downed 25
// drones" after a toll)
const NUMBER = String.raw`(?:(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,]*(?!\s*(?:-|\s)\s*(?:days?|weeks?|months?|years?|hours?|minutes?)\b)(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d[\d,]*)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|all|most|none|both|half)\b(?!\s*(?:-|\s)\s*(?:days?|weeks?|months?|years?|hours?|minutes?)\b))`;
const SAME_KIND: Record<"casualty" | "weapon", RegExp> = {
  casualty: /\b(?:people|persons|civilians|children|residents|killed|dead|died|deaths|injured|wounded|hurt|victims|toll)\b/i,
  weapon: /\b(?:drones?|missiles?|UAVs?|Shaheds?|targets|rockets|hits|debris|shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|jammed|launched|fired)\b/i,
};
const COUNT = new RegExp(NUMBER, "i");

const QUOTE_CLOSED = /[,.!?]["”]\s+[^.]{0,80}?\b(?:said|says|wrote|writes|added|adds|posted|told)\b/;
// (the quotation the count's own sentence opened, not one of the next sentence's own)
const OPENS_QUOTE = (s: string) => (s.match(/["“”]/g)?.length ?? 0) % 2 === 1;

/**
 * "Russia launched 298 drones. The Air Force said 266 were shot down.": the source named next in the paragraph. `ownOnly` keeps
 * only the quotation the count's sentence opened and the source it named: see figureClaimant.
 */
export function nextInParagraph(article: Article, index: number, claimantsOf: (s: Sentence) => Claimant[], kind: "casualty" | "weapon", ownOnly = false): Claimant | null {
  const here = article.sentences[index]!;
  for (const s of article.sentences.slice(index + 1, index + 3)) {
    if (s.paragraph !== here.paragraph) break;
    // "Putin put the numbers at 90 missiles and 100 drones": a source that counts the attack again in its own
    // words gives its own figures, not the source of the ones before
    const text = article.text.slice(s.start, s.end);
    if (RECOUNT.test(text)) break;
    // (a source that speaks of something else counts nothing: "At least 19 people were killed. Putin said the strikes were
    // retaliation for an explosion two days earlier" is not Putin's count)
    // (unless it closes the quotation that gave the count, '… 64 injured. Among them a baby," Syniehubov wrote', or is
    // the one the count's own sentence named: "Lysak and Vilkul say 10 people were killed. Vilkul says …")
    const c = claimantsOf(s).find((x) => !isPronounClaimant(x));
    const named = c !== undefined && article.text.slice(here.start, here.end).includes(c.name.split(/\s+/).at(-1)!);
    // (the quotation may have opened sentences before: count its marks from the paragraph's start)
    const paragraphStart = article.sentences.find((x) => x.paragraph === here.paragraph)!.start;
    const closes = QUOTE_CLOSED.test(text) && OPENS_QUOTE(article.text.slice(paragraphStart, here.end));
    if (!(COUNT.test(text) && SAME_KIND[kind].test(text)) && !closes && !named) continue;
    if (ownOnly && !closes && !named) break;
    if (c) return c;
  }
  return null;
}
