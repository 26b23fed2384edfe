/**
 * A contact whose subject is the group of a contact told just before: "… arrived in Kyiv and held talks with Zelensky. Together, the
 * five leaders called US President Donald Trump", "… for talks with Zelensky. From the presidential office they held a joint phone
 * call with Donald Trump".
 */

import { smallCount } from "./dates.ts";

// "they", "the leaders", "the five leaders" right before the cue, as its subject (with "then", "together" …); not what someone said of
// them ("officials said they had spoken with Witkoff"), nor "the two leaders", a pair read as such (PAIR)
const GROUP_SUBJECT = /\b(?:they|the\s+(?:(three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:leaders|presidents|heads\s+of\s+(?:state|government)))\s+(?:(?:then|later|also|jointly|together|all)\s+)?$/i;
const SAID_BEFORE = /\b(?:said|says|told|tells|according\s+to|reported|reports|announced|added|believe[sd]?|think|thought|hope[sd]?)\b/i;

/**
 * Who "they" or "the five leaders" before the cue at `cueAt` are: the participants of the contact told in the sentence before
 * (`before`, null when there is none), all of them, and as many as the number the subject gives; none when the sentence is not so.
 */
export function groupSubject(text: string, cueAt: number, before: readonly string[] | null): string[] {
  if (before === null || before.length < 2) return [];
  const m = GROUP_SUBJECT.exec(text.slice(0, cueAt));
  if (!m || SAID_BEFORE.test(text.slice(0, m.index))) return [];
  if (m[1] !== undefined && smallCount(m[1]) !== before.length) return [];
  return [...before];
}
