/** Two sources' figures of one value for one event that are two figures, not one restated. */

import type { Metric } from "@salvo/core";

interface Told {
  readonly metric: Metric;
  readonly claimant: string | null;
  readonly quote: string;
  /** A sub-count of a total stated beside it ("including two children"). */
  readonly part: boolean;
}

// "Russian Defence Ministry" is a named body; "the ministry" and "Russian officials" are not
export const NAMED_BODY = /^(?:ukrainian|russian)\s+(?:defen[cs]e\s+)?ministry$/i;
// what air defences did to the weapons a region's official counts over his region
export const FATES: ReadonlySet<Metric> = new Set<Metric>(["shot_down", "jammed", "neutralized"]);

// "a 62-year-old US citizen was among those killed", "a 79-year-old woman was among the dead": one person of a larger toll
const TOLL_MEMBER = /\bamong\s+(?:the\s+|those\s+)?(?:dead|killed|victims|fatalities|injured|wounded)\b/i;

/**
 * Whether two sources' like figures stay two claims (`generic`: a source that names no one, "officials", "the governor").
 *
 * A ministry's count of the weapons downed over a region and the region's own official's count are two statements, each
 * from its own tally: "Ryazan region governor Pavel Malkov said 25 UAVs had been destroyed over the region" and the
 * Defence Ministry's "25 of them were brought down over the Ryazan region" (in its breakdown of the night's 64), whichever
 * is told first. Not the ministry's words told again by a source that names no one, nor a toll.
 *
 * A person told as one among the dead is one of a larger toll, not a toll of one: Klitschko's "a US citizen was among those
 * killed" is not governor Kiper's "one person was killed" in Odesa, nor the mayor's first "one dead" of a toll since risen
 * to three. But a part told beside its toll is a member too: "killing nine people, including two children, officials said"
 * and "Klymenko said two children were among the dead" are one. (Two tolls told as tolls are for the places to tell apart.)
 */
export function toldApart<T extends Told>(a: T, b: T, generic: (c: T) => boolean): boolean {
  const body = (c: T) => NAMED_BODY.test(c.claimant ?? "");
  const named = (c: T) => c.claimant !== null && !generic(c) && !body(c);
  if (FATES.has(b.metric) && ((body(a) && named(b)) || (body(b) && named(a)))) return true;
  const toll = b.metric === "killed" || b.metric === "injured";
  return toll && !a.part && !b.part && TOLL_MEMBER.test(a.quote) !== TOLL_MEMBER.test(b.quote);
}
