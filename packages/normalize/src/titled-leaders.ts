/**
 * Leaders named by title and country: those the list does not know ("Mongolia's president Ukhnaagiin Khurelsukh"), and those
 * named by office only ("the Polish president").
 */

import type { Article } from "@salvo/core";
import { HEADS, PEOPLE, isNamed } from "./people.ts";
import { matchesOf } from "./matches.ts";
import { findTimeRefs } from "./dates.ts";

// Leaders the list does not know, named with their title and country: "Mongolia's president Ukhnaagiin
// Khurelsukh", "President Gustavo Petro of Colombia". The country word keeps them apart from other states.
const NAME = "((?:\\p{Lu}[\\p{L}'’-]+\\s){0,2}\\p{Lu}[\\p{L}'’-]+)";
export const TITLE = "(?:[Pp]resident|[Pp]rime\\s+[Mm]inister|[Ff]oreign\\s+[Mm]inister|[Cc]hancellor|[Kk]ing|[Ee]mir|[Cc]rown\\s+[Pp]rince)";
const TITLED = [
  new RegExp(`\\b(\\p{Lu}\\p{L}+)(?:'s|’s)\\s+${TITLE}\\s+${NAME}`, "gu"),
  new RegExp(`\\b${TITLE}\\s+${NAME}\\s+of\\s+(\\p{Lu}\\p{L}+)`, "gu"),
  // "Croatian Prime Minister Andrej Plenković", "Czech President Petr Pavel"
  // ("Philippine President Ferdinand Marcos Jr.", "Kazakh President Kassym-Jomart Tokayev")
  new RegExp(`\\b(\\p{Lu}\\p{L}+(?:an|ish|ese|ic|i|ch)|Slovak|Greek|Dutch|Swiss|Thai|Philippine|Argentine|Kazakh|Uzbek|Tajik|Kyrgyz|Turkmen)\\s+${TITLE}\\s+${NAME}`, "gu"),
];

export function titledLeaders(text: string): Array<{ name: string; country: string }> {
  const out: Array<{ name: string; country: string }> = [];
  for (const [i, re] of TITLED.entries()) {
    for (const m of matchesOf(re, text)) {
      const [name, country] = i === 1 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      if (/^(?:Russia|Ukraine|Kyiv|Moscow|US|U\.S|Russian|Ukrainian|American|European|Soviet)$/.test(country)) continue; // named by the list, or by its own rule
      // ("Ferdinand Marcos Jr.": the suffix keeps its stop)
      const suffixed = /\bJr$/.test(name.trim()) && text[m.index + m[0].length] === "." ? `${name.trim()}.` : name.trim();
      out.push({ name: suffixed, country: `other:${country.toLowerCase()}` });
    }
  }
  return out;
}

// "the Polish president", "the German chancellor", "Britain's prime minister": a leader named by country and office
// ("the Chinese diplomat", "China's top diplomat": a minister or envoy)
// ("the U.S. president", "the US president": the country by its initials)
const ROLE_REF = /\b(?:[Tt]he\s+(\p{Lu}\p{L}+|U\.S\.|U\.K\.)|(\p{Lu}\p{L}+)['’]s)\s+(?:top\s+)?(president|prime\s+minister|premier|chancellor|leader|foreign\s+minister|defen[cs]e\s+minister|diplomat|envoy)\b(?!-)/gu;
const ADJECTIVE_COUNTRY: Readonly<Record<string, string>> = {
  Polish: "PL", Poland: "PL", German: "DE", Germany: "DE", British: "GB", Britain: "GB", French: "FR", France: "FR",
  Italian: "IT", Italy: "IT", Turkish: "TR", Turkey: "TR", American: "US", Hungarian: "HU", Hungary: "HU",
  Finnish: "FI", Finland: "FI", Chinese: "CN", China: "CN", Indian: "IN", India: "IN", Spanish: "ES", Spain: "ES",
  Danish: "DK", Denmark: "DK", Slovak: "SK", Slovakia: "SK", Brazilian: "BR", Brazil: "BR", Belarusian: "BY",
  Belarus: "BY", Irish: "IE", Ireland: "IE", Canadian: "CA", Canada: "CA", Saudi: "SA",
  US: "US", "U.S.": "US", UK: "GB", "U.K.": "GB",
};

/** Leaders a sentence names by country and office only, each the one person of that country the article named before. */
export function roleReferents(article: Article, s: Article["sentences"][number], text: string, people: ReadonlyArray<{ country: string }>): Array<{ name: string; country: string; at: number }> {
  const out: Array<{ name: string; country: string; at: number }> = [];
  const before = article.text.slice(0, s.start);
  for (const m of matchesOf(ROLE_REF, text)) {
    const country = ADJECTIVE_COUNTRY[(m[1] ?? m[2])!];
    if (!country || people.some((p) => p.country === country) || out.some((p) => p.country === country)) continue;
    const named = PEOPLE.filter((p) => p.country === country && isNamed(p, before));
    // (of several, the one whose office it is: "Wang Yi held talks with Lavrov … the Chinese diplomat met Patrushev", in an article
    // that also names Xi, is Wang Yi)
    // A diplomat or envoy is never the head of state, even the one person of that country named before: "Trump held a call
    // with Putin. On Thursday, the American envoy met Putin" is no Trump-Putin meeting
    const head = /^(?:president|prime|premier|chancellor|leader)/.test(m[3]!);
    const envoy = /^(?:diplomat|envoy)$/.test(m[3]!);
    // (nor is a leader ever a minister or envoy: "Rubio flew home. The U.S. president spoke with Zelensky" is no Rubio call)
    const inOffice = named.length > 1 || envoy || head ? named.filter((p) => HEADS.has(p.name) === head) : named;
    // (an article that names no leader of that country before: the U.S. president in office the day it was published)
    const sitting = m[3] === "president" && !named.some((p) => HEADS.has(p.name)) ? sittingPresident(country, toldOf(text, article.meta.published)) : null;
    if (inOffice.length === 1) out.push({ name: inOffice[0]!.name, country, at: m.index });
    else if (sitting) out.push({ name: sitting, country, at: m.index });
  }
  // "the telephone conversation between the presidents of Russia and the United States on October 16", "the Russian and US
  // presidents": two heads named by their countries together, each the head of that country the article names (anywhere: a
  // wire's lead often says "the presidents" before their names), else the president in office that day
  for (const m of matchesOf(PAIRED_HEADS, text)) {
    const countries = [...m[0].matchAll(STATE_IN_PAIR)].map((c) => STATE_COUNTRY[c[0].replace(/\s+/g, " ")]!);
    for (const country of countries) {
      if (people.some((p) => p.country === country) || out.some((p) => p.country === country)) continue;
      const heads = PEOPLE.filter((p) => p.country === country && HEADS.has(p.name) && isNamed(p, article.text));
      const name = heads.length === 1 ? heads[0]!.name : /^president/i.test(m[1] ?? m[2]!) ? sittingPresident(country, toldOf(text, article.meta.published)) : null;
      if (name) out.push({ name, country, at: m.index });
    }
  }
  return out;
}

// (the countries of a pair of heads: the names of ADJECTIVE_COUNTRY and the three states the people list names by their own titles)
const STATE_COUNTRY: Readonly<Record<string, string>> = {
  ...ADJECTIVE_COUNTRY, Russia: "RU", Russian: "RU", Ukraine: "UA", Ukrainian: "UA", "the United States": "US", "United States": "US",
};
const STATE_NAMES = Object.keys(STATE_COUNTRY).sort((a, b) => b.length - a.length).map((k) => k.replace(/\./g, "\\.").replace(/ /g, "\\s+")).join("|");
const STATE_IN_PAIR = new RegExp(`(?<![\\p{L}.])(?:${STATE_NAMES})(?![\\p{L}])`, "gu");
// (two countries, "of Russia and the United States", or their words before the office, "the Russian and US presidents")
const PAIRED_HEADS = new RegExp(
  `\\b(?:[Tt]he\\s+)?(presidents|leaders)\\s+of\\s+(?:${STATE_NAMES})\\s+and\\s+(?:${STATE_NAMES})(?![\\p{L}])|\\b[Tt]he\\s+(?:${STATE_NAMES})\\s+and\\s+(?:${STATE_NAMES})\\s+(presidents|leaders)\\b`,
  "gu",
);

// Who held the office from which day: "the U.S. president" told with no name (not "the U.S. president-elect")
const PRESIDENTS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  US: [["2021-01-20", "Joe Biden"], ["2025-01-20", "Donald Trump"]],
  RU: [["2012-05-07", "Vladimir Putin"]],
  UA: [["2019-05-20", "Volodymyr Zelensky"]],
};
// (on the latest day the sentence names, not the day it was written: "In September 2023, the US president hosted Zelensky" is Biden
// in a 2025 article; "met Zelensky on Tuesday" is still the day's)
function toldOf(text: string, published: string | null): string | null {
  const days = findTimeRefs(text, published).flatMap((r) => (r.start && (!published || r.start <= published) ? [r.start] : []));
  return days.length > 0 ? days.sort().at(-1)! : published;
}
function sittingPresident(country: string, published: string | null): string | null {
  const day = published?.slice(0, 10);
  return (day && PRESIDENTS[country]?.filter(([from]) => from <= day).at(-1)?.[1]) || null;
}
