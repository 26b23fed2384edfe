import { WEEKDAYS, weekday } from "@salvo/core";
import { NIGHT_SAID } from "./attack-dates.ts";

/**
 * Whether a sentence told after a strike of `day` opens by putting the night's attack before it: "Earlier on Saturday, Russia
 * fired 16 missiles and 13 attack drones overnight", "Hours earlier, Russia launched 16 missiles … overnight", after "A Russian
 * guided bomb tore through an apartment building in Kharkiv on Saturday". The article tells the night as what came before the
 * strike, so that strike is the day's, not the night that ended it. (Only "earlier" of the strike's own day: a bare "Earlier,
 * the ministry said …" is when something was said.)
 */
export function nightToldEarlier(day: string, after: readonly string[]): boolean {
  const named = WEEKDAYS[weekday(day)];
  // (the regex ignores case: "Earlier on Saturday" matches "saturday")
  const opener = new RegExp(`^\\W*(?:hours\\s+earlier|earlier\\s+(?:that\\s+day|in\\s+the\\s+day|today|on\\s+${named}))\\b`, "i");
  // (the night said in the opener's sentence or the one after it: "Earlier on Saturday, Russia targeted Ukraine's energy
  // facilities for the eighth time since March. Ukraine's air force said Russia fired 16 missiles … overnight")
  return after.some((text, i) => opener.test(text) && (NIGHT_SAID.test(text) || NIGHT_SAID.test(after[i + 1] ?? "")));
}
