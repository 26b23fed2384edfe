import { ATTACK_WORDS } from "./attack-dates.ts";
import type { TimeRef } from "./dates.ts";

// the writer's own day, told as such: "Today the ruined section is fenced off"
const TODAY = /^(?:today|now|nowadays|these\s+days)$/i;

/**
 * A day that is only the writer's present, in a sentence that tells no attack: "It has been exactly a month since a Russian
 * cruise missile hit … Uman in the early hours of 28 April. … Today the ruined section is fenced off … That night Russia fired
 * 23 cruise missiles": "that night" is still the strike's told before, not the night after the article's day. (A sentence that
 * tells an attack today is the day the text goes on from: "Today Russia attacked Kyiv again. That night …")
 */
export function writersPresent(text: string, r: TimeRef): boolean {
  return TODAY.test(r.text) && !ATTACK_WORDS.test(text);
}
