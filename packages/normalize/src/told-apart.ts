/** Two sources' figures of one value for one event that are two figures, not one restated. */

import type { Metric } from "@salvo/core";

interface Told {
  readonly metric: Metric;
  readonly quote: string;
  /** A sub-count of a total stated beside it ("including two children"). */
  readonly part: boolean;
}

// "a 62-year-old US citizen was among those killed", "a 79-year-old woman was among the dead": one person of a larger toll
const TOLL_MEMBER = /\bamong\s+(?:the\s+|those\s+)?(?:dead|killed|victims|fatalities|injured|wounded)\b/i;

/**
 * Whether two sources' like figures stay two claims. A person told as one among the dead is one of a larger toll, not a
 * toll of one: Klitschko's "a US citizen was among those killed" is not governor Kiper's "one person was killed" in Odesa,
 * nor the mayor's first "one dead" of a toll since risen to three. But a part told beside its toll is a member too: "killing
 * nine people, including two children, officials said" and "Klymenko said two children were among the dead" are one.
 * (Two tolls told as tolls are for the places to tell apart.)
 */
export function toldApart(a: Told, b: Told): boolean {
  const toll = b.metric === "killed" || b.metric === "injured";
  return toll && !a.part && !b.part && TOLL_MEMBER.test(a.quote) !== TOLL_MEMBER.test(b.quote);
}
