import { addDays } from "@salvo/core";
import { entryOf } from "./entry-of.ts";

/**
 * The strike keys of events.ts (`kind|attacker|target|end|flag`, the flag "" for a night and "day" for a daytime strike), read
 * alike by the passes that move figures between them.
 */

export const isToll = (metric: string) => metric === "killed" || metric === "injured";
export const isStrikeKey = (k: string) => k.startsWith("strike|");
export const isNightKey = (k: string) => isStrikeKey(k) && k.endsWith("|");
/** The day a dated key's span ends (its fourth field: kind|attacker|target|end|…). */
export const keyEnd = (k: string): string => k.split("|")[3]!;
/** The same strike key on a day `days` away, as a night ("") or a daytime strike ("day"). */
export const strikeKeyAt = (key: string, days: number, flag: string) => {
  const parts = key.split("|");
  parts[3] = addDays(parts[3]!, days);
  parts[4] = flag;
  return parts.join("|");
};

/**
 * The places the reports filed under strike keys name, gathered under `at` (the strike key itself, or one report's
 * `key|article`): every strike key filed has its set, an empty one where its reports name no place.
 */
export function placesNamed(
  entries: readonly { readonly key: string; readonly claim: { readonly article_id: string; readonly places: readonly string[] } }[],
  at: (key: string, article: string) => string = (key) => key,
): Map<string, Set<string>> {
  const placed = new Map<string, Set<string>>();
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key)) continue;
    const places = entryOf(placed, at(key, c.article_id), () => new Set());
    for (const p of c.places) places.add(p);
  }
  return placed;
}
