import { COUNTRY_WORDS } from "./delegations.ts";

// The country a visit is told as made to, by its name: "visit to Ukraine", "visited Russia" (not by its capital, where the visit is
// read as one with its host: "a joint visit to Kyiv", whose visitors then "met President Volodymyr Zelensky")
const VISIT_TO = /^visit(?:ed|s|ing)?\s+(?:to\s+)?(Ukraine|Russia|the\s+United\s+States)\b/;

/**
 * Whether the visit cued at `at` went to a country none of those the sentence names belongs to: then it is no visit with them, who
 * are only whom the visitor spoke to about it ('Modi said he had exchanged views with Putin and "the insights from my recent visit
 * to Ukraine"'); a visit is a contact with its host ("Orban's visit to Moscow, where he met Putin" stays one).
 */
export function visitedElsewhere(text: string, at: number, people: ReadonlyArray<{ country: string }>): boolean {
  const m = VISIT_TO.exec(text.slice(at));
  if (!m) return false;
  const host = COUNTRY_WORDS.find(([re]) => re.test(m[1]!))?.[1];
  return host !== undefined && people.length > 0 && people.every((p) => p.country !== host);
}
