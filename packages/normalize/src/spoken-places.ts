import { sourceSurname } from "./claimants.ts";
import type { ArticleClaim } from "./extract.ts";

/**
 * Where a named source's figures of one event are told, by the claims of this article whose sentences name a place: a toll
 * its paragraph does not place is the source's own ("Syniehubov: one man was killed" under a live page's entry with no place,
 * after "A Russian drone has hit a kindergarten … of Kharkiv, regional governor Oleh Syniehubov says").
 */
export function placesSpokenFor(all: readonly ArticleClaim[]): (c: ArticleClaim) => readonly string[] {
  const keyOf = (c: ArticleClaim) => {
    const who = sourceSurname(c.claimant);
    return who === null ? null : `${c.localKey}|${who}`;
  };
  const places = new Map<string, Set<string>>();
  for (const c of all) {
    const key = keyOf(c);
    if (key === null || c.places.length === 0) continue;
    const set = places.get(key) ?? new Set<string>();
    for (const p of c.places) set.add(p);
    places.set(key, set);
  }
  return (c) => {
    const key = keyOf(c);
    return key === null ? [] : [...(places.get(key) ?? [])];
  };
}
