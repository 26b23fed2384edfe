import { WEEKDAY_PATTERN } from "@salvo/core";
import { entryOf } from "./entry-of.ts";
import type { ArticleClaim } from "./extract.ts";
import { NIGHT_COUNTS } from "./lexicon.ts";
import { isStrikeKey } from "./strike-keys.ts";

// words that tell a count of more than one night: "since 29 December", "in a single week", "across the month", "over the same
// seven days", "in its four December barrages", "on the three largest nights of the week"
const PERIOD_WORDS = /\b(?:since|weeks?|months?|days|nights|barrages|years?|in\s+total|altogether|so\s+far)\b/i;
// what times or ranks one night's count by others, not the span it was counted over: "the largest aerial attack since the
// start of the war", "the most in weeks", "days after talks in Istanbul", "two weeks ago"
const YARDSTICK = new RegExp(
  String.raw`\b(?:largest|biggest|heaviest|most|worst|first|fewest|highest|record|only)\b[^.;:]{0,80}?\b(?:since|in)\b[^.,;:]*|\b(?:\w+\s+)?(?:days?|weeks?|months?|years?|nights?)\s+(?:after|before|ago|earlier|later)\b|\b(?:last|next|this|that|previous)\s+(?:week|month|year)\b`,
  "gi",
);
// ("Russia fired 122 missiles at Ukraine overnight, …": a sentence that says its night is that night's)
const NIGHT_SAID = new RegExp(String.raw`\b(?:overnight|tonight|last\s+night|(?:${WEEKDAY_PATTERN})\s+night|(?:on|during|in)\s+the\s+night)\b`, "i");
/** A sentence that tells a count over a span of time, not one night's. */
export const isPeriodTotal = (quote: string) => !NIGHT_SAID.test(quote) && PERIOD_WORDS.test(quote.replace(YARDSTICK, " "));

/** How many times the largest count a night's reports give a period's count must be, to be no update or rival estimate of it. */
const TOTAL_RATIO = 2.5;

/** Reports (other articles) that must give that largest count: one misread count tells no night. */
const AGREED_MIN = 2;

/**
 * A sentence filed under a strike that counts a period ("Zelensky said Russia had used almost 300 missiles and more than 200
 * Shahed drones against Ukraine since 29 December", filed under the night of 2 January, when the night's reports give 99
 * missiles): one of its weapon counts is TOTAL_RATIO times the largest count of that metric and weapon that other reports of
 * the strike give (and two other articles at least give that one), its words name a period, and none of its exact figures is
 * given by another report of the strike. It is no figure of that night's: it stands apart, as its own event, not one of the
 * night's counts that grow as reports come in ("more than 150 drones" told of the night where two reports count 11 over
 * Moscow, with no period said, stays). Returns `article|quote_start|key` → the key it is filed under instead.
 */
export function periodTotalsApart(entries: readonly { readonly key: string; readonly claim: ArticleClaim }[]): Map<string, string> {
  const sentences = new Map<string, ArticleClaim[]>(); // article|quote_start|key → its claims
  const values = new Map<string, Map<number, Set<string>>>(); // key|metric|weapon → value → articles giving it
  const exact = new Map<string, Set<string>>(); // key|metric|weapon|value → articles giving it exactly
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key)) continue;
    entryOf(sentences, `${c.article_id}|${c.quote_start}|${key}`, () => []).push(c);
  }
  const periods = new Set([...sentences].filter(([, claims]) => isPeriodTotal(claims[0]!.quote)).map(([at]) => at));
  for (const [at, claims] of sentences) {
    // (the night's counts come from its night reports: a round-up's total that two outlets carry is no night's count)
    if (periods.has(at)) continue;
    for (const c of claims) {
      if (c.value === null) continue;
      const key = at.slice(at.indexOf("|", c.article_id.length + 1) + 1);
      const slot = `${key}|${c.metric}|${c.weapon}`;
      entryOf(entryOf(values, slot, () => new Map()), c.value, () => new Set()).add(c.article_id);
      if (c.qualifier === "exact") entryOf(exact, `${slot}|${c.value}`, () => new Set()).add(c.article_id);
    }
  }
  const apart = new Map<string, string>();
  for (const [at, claims] of sentences) {
    const article = claims[0]!.article_id;
    const key = at.slice(at.indexOf("|", article.length + 1) + 1);
    if (!periods.has(at)) continue;
    const byOthers = (set: ReadonlySet<string> | undefined) => (set ? set.size - (set.has(article) ? 1 : 0) : 0);
    if (claims.some((c) => c.qualifier === "exact" && byOthers(exact.get(`${key}|${c.metric}|${c.weapon}|${c.value}`)) > 0)) continue;
    const aPeriods = (c: ArticleClaim) => {
      if (!NIGHT_COUNTS.has(c.metric) || c.value === null) return false;
      let largest = 0;
      let agreed = 0;
      for (const [v, articles] of values.get(`${key}|${c.metric}|${c.weapon}`) ?? []) {
        const others = byOthers(articles);
        if (others === 0 || v < largest) continue;
        largest = v;
        agreed = others;
      }
      return agreed >= AGREED_MIN && c.value >= TOTAL_RATIO * largest;
    };
    if (claims.some(aPeriods)) apart.set(at, `${at}|period`);
  }
  return apart;
}
