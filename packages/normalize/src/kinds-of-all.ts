import { combined, matchCue } from "./cues.ts";
import type { RawFigure } from "./figures.ts";
import { INTERCEPTIONS, WEAPON_CUES } from "./lexicon.ts";
import { type Token, normsOf } from "./tokens.ts";

/**
 * "shot down all 31 missiles fired at the capital: two Iskander-M ballistic missiles and 29 Kh-101 cruise missiles", "all of
 * them were destroyed: two Iskander-M ballistic missiles and 29 Kh-101 cruise missiles": the list after the colon names the
 * kinds of every weapon that was fired, so its counts are the launch's, by kind (parts of it), not fates of their own. Every
 * one was downed too, but the downing is the one count "all" gave. Only a bare list of two or more weapon counts (not
 * where each kind was downed, "destroyed all nine Shaheds launched at Ukraine: seven over the Odesa region …"), and when
 * "all" gave a count, only parts that add up to it.
 */
export function kindsOfAll(tokens: readonly Token[], figures: readonly RawFigure[]): RawFigure[] {
  const colon = tokens.findIndex((t) => t.norm === ":");
  if (colon < 0) return figures as RawFigure[];
  const after = figures.filter((f) => f.first > colon);
  if (after.length < 2 || after.some((f) => f.weapon === null || f.weapon === "mixed" || f.value === null)) return figures as RawFigure[];
  // (a bare list: the first count right after the colon, the others joined by "and" or commas, nothing after the last)
  const gaps = after.slice(1).map((f, i) => normsOf(tokens, after[i]!.last + 1, f.first));
  if (after[0]!.first !== colon + 1 || !gaps.every((g) => /^(?:,|and|, and)$/.test(g))) return figures as RawFigure[];
  if (!/^(?:[,;.]|)$/.test(tokens[after.at(-1)!.last + 1]?.norm ?? "")) return figures as RawFigure[];
  const all = allBefore(tokens, colon);
  if (all === null) return figures as RawFigure[];
  const sum = after.reduce((n, f) => n + f.value!, 0);
  if (all.count !== null && all.count !== sum) return figures as RawFigure[];
  return figures.map((f) => (after.includes(f) ? { ...f, metric: "launched", part: true } : f));
}

/**
 * "all" and a fate only weapons meet in the clause before the colon at `colon` ("it had shot down all 31 missiles fired at the
 * capital", "all of them were destroyed"), with the count "all" gives, if any; null when the clause tells no such thing.
 */
function allBefore(tokens: readonly Token[], colon: number): { count: number | null } | null {
  let open = colon - 1;
  while (open > 0 && !/^[,;.]$/.test(tokens[open - 1]!.norm)) open--;
  const all = tokens.findIndex((t, k) => k >= open && k < colon && t.norm === "all");
  if (all < 0) return null;
  // (not fewer than all: "almost all", "not all")
  if (/^(?:not|almost|nearly|virtually|practically)$/.test(tokens[all - 1]?.norm ?? "")) return null;
  let fate = false;
  for (let k = open; k < colon && !fate; k++) {
    const cue = matchCue(tokens, k, WEAPON_CUES);
    fate = cue !== null && INTERCEPTIONS.has(combined(tokens, k, cue));
  }
  if (!fate) return null;
  const next = tokens[all + 1];
  const count = next?.kind === "number" ? Number(next.norm.replace(/,/g, "")) : null;
  return { count: count !== null && Number.isFinite(count) ? count : null };
}
