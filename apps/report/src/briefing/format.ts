import type { ClaimantSide, ContactKind, Metric, Qualifier, Side, Weapon } from "@salvo/core";

/**
 * Words and number formats shared by every section. Nothing here depends on the locale or the
 * time zone, so the same input reads the same on every machine.
 */

/** 12345 → "12,345" (fixed separator; `toLocaleString` would follow the machine's locale). */
export function num(n: number): string {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 0.9862 → "99%"; rates just under 100 % stay below it so "100%" only means all of them. */
export function pct(rate: number): string {
  const p = Math.round(rate * 100);
  return `${p === 100 && rate < 1 ? 99 : p}%`;
}

/** A date range as analysts write it: "2025-07-08–09", "2025-07-31–08-01", "2025-12-31 – 2026-01-01". */
export function dateSpan(start: string | null, end: string | null): string {
  const a = start ?? end;
  const b = end ?? start;
  if (a === null || b === null) return "date unknown";
  if (a === b) return a;
  if (a.slice(0, 7) === b.slice(0, 7)) return `${a}–${b.slice(8)}`;
  if (a.slice(0, 4) === b.slice(0, 4)) return `${a}–${b.slice(5)}`;
  return `${a} – ${b}`;
}

export const COUNTRY: Readonly<Record<Side, string>> = { UA: "Ukraine", RU: "Russia", other: "a third country" };

/** The attack direction in a table cell. Roboto has no "→" glyph, so "›" stands in for it. */
export function direction(attacker: Side, target: Side): string {
  return `${attacker} › ${target}`;
}

export const WEAPONS: Readonly<Record<Weapon, string>> = {
  drone: "drones",
  missile: "missiles",
  mixed: "drones and missiles",
};

export const METRIC_LABEL: Readonly<Record<Metric, string>> = {
  launched: "Launched",
  shot_down: "Shot down",
  jammed: "Jammed (EW)",
  neutralized: "Neutralized",
  hit: "Hit",
  killed: "Killed",
  injured: "Injured",
};

/** Metric as it reads inside a sentence: "718 shot down". */
export const METRIC_WORDS: Readonly<Record<Metric, string>> = {
  launched: "launched",
  shot_down: "shot down",
  jammed: "jammed",
  neutralized: "neutralized (shot down or jammed)",
  hit: "hit",
  killed: "killed",
  injured: "injured",
};

export const CLAIMANT_SIDE: Readonly<Record<ClaimantSide, string>> = {
  UA: "Ukrainian side",
  RU: "Russian side",
  other: "third party",
  unknown: "unattributed",
};

export const CONTACT_KIND: Readonly<Record<ContactKind, string>> = {
  phone_call: "Phone call",
  meeting: "Meeting",
  talks: "Talks",
  visit: "Visit",
};

const HEDGE: Readonly<Record<Qualifier, string>> = { exact: "", at_least: "≥", at_most: "≤", approx: "~", vague: "" };

/** A figure with its hedge as a compact mark: "≥728", "~40". */
export function hedged(value: number, qualifier: Qualifier | null): string {
  return `${qualifier ? HEDGE[qualifier] : ""}${num(value)}`;
}

/** A figure with its hedge in words: "at least 728". */
export function hedgedWords(value: number, qualifier: Qualifier | null): string {
  const n = num(value);
  switch (qualifier) {
    case "at_least":
      return `at least ${n}`;
    case "at_most":
      return `up to ${n}`;
    case "approx":
      return `about ${n}`;
    default:
      return n;
  }
}

/** "a, b and c"; more than `max` names end in "and N others". */
export function nameList(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} other${rest === 1 ? "" : "s"}`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/** "1 event", "2 events". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A footnote number in superscript digits. Real characters rather than pdfmake's `sup`, because a
 * raised "3" after "2" extracts as "23" from the PDF text, while "2³" stays unambiguous.
 */
export function noteNumber(n: number): string {
  return String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
}
