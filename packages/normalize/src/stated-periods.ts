import { MONTH_PATTERN } from "@salvo/core";
import type { TimeRef } from "./dates.ts";
import { entryOf } from "./entry-of.ts";
import type { ArticleClaim } from "./extract.ts";

// a period named by its own dates or month: "from June 21 to June 27", "in July", "between 1 and 7 March"
const NAMED_PERIOD = new RegExp(String.raw`\d|\b(?:${MONTH_PATTERN})\b`, "i");

/**
 * Whether a period count's time is counted back from the report ("over the week", "in the past week", "this month"): the
 * span it resolves to is the one ending the day the article was written, which the source's own statement may date
 * otherwise ("In the period from June 21 to June 27 …" in a Saturday's report).
 */
export function countedBackPeriod(ref: TimeRef | null): boolean {
  return ref !== null && (ref.precision === "week" || ref.precision === "month") && !NAMED_PERIOD.test(ref.text);
}

/**
 * A period count an article gives twice, "over the week" in its lead and with the period's own dates in the statement it
 * quotes ("Russian air defense forces shot down … 1,107 fixed-wing unmanned aerial vehicles over the week" and "In the period
 * from June 21 to June 27, air defense means shot down … 1,107 …"), is one count of the stated period. The counted-back
 * period's claims (`countedBack`: their local keys) move to the stated one when one of its exact figures (same sides, metric,
 * weapon and claimant side) is given there for a period that overlaps it, and only one stated period does; mergeRepeats then
 * joins the repeats. Two different weeks ("over the week … 1,107" and "a week earlier … 980") never share a figure and stay.
 */
export function periodsAsStated(claims: ArticleClaim[], countedBack: ReadonlySet<string>): ArticleClaim[] {
  if (countedBack.size === 0) return claims;
  const figureOf = (c: ArticleClaim) => [c.attacker, c.target_country, c.metric, c.weapon, c.value, c.claimant_side].join("|");
  const stated = new Map<string, ArticleClaim[]>();
  for (const c of claims) {
    if (c.event_type !== "aggregate" || countedBack.has(c.localKey) || c.value === null || !c.date_start || !c.date_end) continue;
    const same = stated.get(figureOf(c));
    if (same) same.push(c);
    else stated.set(figureOf(c), [c]);
  }
  // each counted-back period's stated twins, by key
  const twins = new Map<string, Map<string, ArticleClaim>>();
  for (const c of claims) {
    if (!countedBack.has(c.localKey) || !c.date_start || !c.date_end) continue;
    for (const d of stated.get(figureOf(c)) ?? []) {
      if (d.date_start! > c.date_end || c.date_start > d.date_end!) continue;
      const of = entryOf(twins, c.localKey, () => new Map());
      of.set(d.localKey, d);
    }
  }
  const moveTo = new Map<string, ArticleClaim>();
  for (const [key, of] of twins) if (of.size === 1) moveTo.set(key, [...of.values()][0]!);
  if (moveTo.size === 0) return claims;
  return claims.map((c) => {
    const d = moveTo.get(c.localKey);
    return d ? { ...c, localKey: d.localKey, date_start: d.date_start, date_end: d.date_end, date_precision: d.date_precision } : c;
  });
}
