/**
 * Teams of states (delegations, negotiators, officials), the country of a person or team, and the members of a delegation
 * named after its talks.
 */

import { type Article, sentenceText } from "@salvo/core";
import { HEADS, PEOPLE, type Person, isNamed } from "./people.ts";
import { findTimeRefs } from "./dates.ts";
import { onlyInMeantPair } from "./bystanders.ts";
import { mentionsOf } from "./person-mentions.ts";

// the two sides' teams named together: a member of each group, and talks even when no one is named
// Unnamed teams of states: "Ukrainian and U.S. delegations", "Top U.S. and Russian officials", "Ukrainian, Russian and U.S.
// delegations", "delegations from Russia and Ukraine", "the second round of negotiations between Ukraine and Russia", "talks
// between Russia and Ukraine ended", "the direct Russian-Ukrainian talks in Istanbul have ended" (not a topic: "discussed
// resuming direct negotiations between Russia and Ukraine")
const STATE_ADJECTIVE = "(?:Ukrainian|Russian|U\\.S\\.|US|American)";
const STATE_NAME = "(?:Ukraine|Russia|the\\s+United\\s+States|the\\s+U\\.S\\.|the\\s+US|Washington|Moscow|Kyiv)";
export const TEAMS_OF_STATES = new RegExp(
  `\\b${STATE_ADJECTIVE}(?:\\s*,\\s*${STATE_ADJECTIVE})*,?\\s+and\\s+${STATE_ADJECTIVE}\\s+(?:delegations|teams|negotiators|officials|envoys)\\b|\\b(?:[Dd]elegations|[Nn]egotiators|[Tt]eams)\\s+(?:from|of)\\s+${STATE_NAME}\\s+and\\s+${STATE_NAME}\\b|\\bround\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}(?:talks|negotiations|consultations)\\s+between\\s+${STATE_NAME}\\s+and\\s+${STATE_NAME}\\b|\\b(?:(?:talks|negotiations|consultations)\\s+between\\s+${STATE_NAME}\\s+and\\s+${STATE_NAME}|${STATE_ADJECTIVE}-${STATE_ADJECTIVE}\\s+(?:talks|negotiations|consultations))\\b(?=[^.;]{0,60}\\b(?:took\\s+place|were\\s+held|ended|began|opened|concluded|lasted)\\b)`,
  "u",
);
export const COUNTRY_WORDS: ReadonlyArray<[RegExp, string]> = [[/\b(?:Ukrainian|Ukraine|Kyiv)\b/, "UA"], [/\b(?:Russian|Russia|Moscow)\b/, "RU"], [/\b(?:U\.S\.|US|American|United\s+States|Washington)(?![\p{L}])/u, "US"]];
// (a side named by its people, "the same Americans", "Umerov's team met the Americans again": the team the text told of before;
// only as one who met, not "before the Russians arrived", nor what a contact was about, "spoke with Zelensky about the talks with
// the Russians")
const MET_THEM = String.raw`(?<=\b(?:met(?:\s+with)?|(?:spoke|talked|negotiated|sat\s+down|held\s+(?:[\w-]+\s+)?(?:talks|negotiations))\s+with|received|joined)\s+)`;
const GROUPS: ReadonlyArray<{ re: RegExp; name: string; country: string }> = [
  { re: new RegExp(String.raw`\bUkrainian\s+(?:delegation|officials|negotiators|team|envoys)\b|\b[Tt]he\s+same\s+(?:two\s+|three\s+)?Ukrainians\b|${MET_THEM}the\s+Ukrainians\b`), name: "Ukrainian delegation", country: "UA" },
  { re: new RegExp(String.raw`\bRussian\s+(?:delegation|officials|negotiators|team|envoys)\b|\b[Tt]he\s+same\s+(?:two\s+|three\s+)?Russians\b|${MET_THEM}the\s+Russians\b`), name: "Russian delegation", country: "RU" },
  { re: new RegExp(String.raw`\b(?:U\.S\.|US|American)\s+(?:delegation|officials|negotiators|team|envoys)\b|\b[Tt]he\s+same\s+(?:two\s+|three\s+)?Americans\b|${MET_THEM}the\s+Americans\b`), name: "US delegation", country: "US" },
];

// "Umerov, who headed the Ukrainian delegation at the talks with Russia in Istanbul": the other state's team too
const TEAM_AT_TALKS_WITH = new RegExp(`\\b(?:headed|led|heads|leads|heading|leading)\\s+(?:the|his|her|its)\\s+(?:\\S+\\s+)?(?:delegation|team)\\s+(?:at|in|to|for)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:talks|negotiations)\\s+with\\s+${STATE_NAME}\\b`, "i");

// Officials who are a report's source, not a side at a table: "Ukrainian officials say he is expected to meet Zelensky", "…, according
// to U.S. officials" (not "met Russian officials in Abu Dhabi, a US official told reporters", whom he met; nor "Ukrainian officials said
// they had spoken with Trump", who speak of their own contact, nor "U.S. and Ukrainian officials said on Sunday that their talks in Geneva had been very productive",
// their own talks)
const OFFICIALS_AS_SOURCE = new RegExp(
  String.raw`\b(?:(?:senior|top|two|three|several|other|some)\s+)?${STATE_ADJECTIVE}(?:\s+and\s+${STATE_ADJECTIVE})?\s+(?:government\s+)?officials?\s+(?:(?:have|had)\s+)?(?:say|says|said|told|tell|believe|believed|fear|feared|added|noted|confirmed|reported|warned|insisted|expect|expected|cautioned)\b(?!\s+(?:(?:on|this|last|late|early|earlier)\s+[\p{L}]+\s+)?(?:that\s+)?(?:they|we|their|our)\b)|\baccording\s+to\s+(?:(?:senior|top|two|three|several|other|some)\s+)?${STATE_ADJECTIVE}(?:\s+and\s+${STATE_ADJECTIVE})?\s+(?:government\s+)?officials?\b`,
  "gu",
);

// A team named as none met: "Lavrov said in Ankara on Monday, after meeting no Ukrainian officials, …", "held talks without any
// Russian officials present" (not "no sooner had the Ukrainian delegation arrived", whose "no" is not the team's)
const NO_TEAM = new RegExp(String.raw`\b(?:no|without(?:\s+any)?|not\s+any|never\s+(?:met|saw)(?:\s+any)?)\s+(?:(?:senior|top|other)\s+)?${STATE_ADJECTIVE}\s+(?:delegation|officials|negotiators|team|envoys)\b`, "gu");

// "Zelensky met bin Salman in Jeddah on Monday, a day before Ukrainian and U.S. delegations were to hold talks in the city": what
// the contact is timed against, after it, to its clause's end, is another event, and the teams it names are that event's
// (not "met U.S. officials in Jeddah a day before", whom he met, before the time)
const TIMED_AGAINST = /\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?)|hours|days|weeks|shortly|just|soon)\s+(?:before|after|ahead\s+of)\s+[^,;]*/giu;

/**
 * The teams of states a sentence names, alone ("the Ukrainian delegation") or together ("Ukrainian and U.S. delegations"); with
 * `cueAt`, the contact's cue, not those named only in what it is timed against after it.
 */
export function teamsIn(source: string, cueAt = -1): Array<{ name: string; country: string }> {
  const timed = cueAt < 0 ? source : source.replace(TIMED_AGAINST, (m, at: number) => (at > cueAt ? " ".repeat(m.length) : m));
  const text = timed.replace(OFFICIALS_AS_SOURCE, (m) => " ".repeat(m.length)).replace(NO_TEAM, (m) => " ".repeat(m.length));
  const together = `${TEAMS_OF_STATES.exec(text)?.[0] ?? ""} ${TEAM_AT_TALKS_WITH.exec(text)?.[0] ?? ""}`;
  return GROUPS.filter((g) => g.re.test(text) || COUNTRY_WORDS.some(([re, country]) => country === g.country && re.test(together))).map((g) => ({ name: g.name, country: g.country }));
}

// "Ukraine and Russia agreed on Thursday …, Ukrainian negotiator Mykhailo Podolyak said after a second round of talks": talks told
// by one side's negotiator, the other side named only as its state (by name, not "Russian missiles")
const STATE_WORDS: ReadonlyArray<[RegExp, string]> = [[/\b(?:Ukraine|Kyiv)\b/, "UA"], [/\b(?:Russia|Moscow)\b/, "RU"], [/\b(?:United\s+States|Washington)\b/, "US"]];
const NEGOTIATOR = /\b(?:negotiators?|delegations?|envoys?)\b/i;
export function otherSide(text: string, country: string): Array<{ name: string; country: string }> {
  if (!NEGOTIATOR.test(text)) return [];
  const states = STATE_WORDS.filter(([re, c]) => c !== country && re.test(text)).map(([, c]) => c);
  return states.length === 1 ? GROUPS.filter((g) => g.country === states[0]).map((g) => ({ name: g.name, country: g.country })) : [];
}

/** Where `text` names the team `name` ("met Ukrainian officials" for the Ukrainian delegation); -1 when it does not. */
export const teamNamedAt = (name: string, text: string): number => GROUPS.find((g) => g.name === name)?.re.exec(text)?.index ?? -1;

// (the team the text told of before: "the same U.S. team", "met the Americans again", "the Russian delegation"; not "a Ukrainian
// delegation", one not told of yet)
const TOLD_BEFORE = /\b(?:the|that|this)\s+(?:same\s+)?$/i;

/**
 * The named members of the team `name`, which `text` names as one told before, in the latest contact of teams or envoys in `told`
 * (those the article told up to it, from `from` on) that names any of its country: "a Ukrainian delegation led by Umerov met an
 * American team headed by Andrew Peek and Michael Anton. On Monday, the same Americans sat for about 12 hours with Russian
 * negotiators …".
 */
export function membersBefore(text: string, name: string, told: ReadonlyArray<{ participants: readonly string[]; quote_start: number }>, from: number): string[] {
  const at = teamNamedAt(name, text);
  if (at < 0 || !(TOLD_BEFORE.test(text.slice(0, at)) || /^the\b/i.test(text.slice(at)))) return [];
  const country = countryOf(name);
  for (const c of [...told].reverse()) {
    if (c.quote_start < from) break;
    // (a leader's contact tells no team: "Putin met Witkoff in Moscow on Thursday. On Friday, the Russian delegation met the US
    // delegation in Riyadh" is not Putin's and Witkoff's)
    if (c.participants.some((p) => HEADS.has(p))) continue;
    const members = c.participants.filter((p) => !p.endsWith(" delegation") && countryOf(p) === country);
    if (members.length > 0) return members;
  }
  return [];
}

export const countryOf = (name: string): string | null =>
  PEOPLE.find((p) => p.name === name)?.country ?? GROUPS.find((g) => g.name === name)?.country ?? null;

// (a meeting recalled: "The two delegations met in Istanbul in March 2022, weeks after the invasion. This time, Vladimir Medinsky leads
// Russia's team …" is not the one whose heads the next sentence names)
const CONTRAST_NEXT = /^\W*(?:this\s+time|now|these\s+days|today)\b/i;

/**
 * Whether the meeting of teams told in `s` is one recalled, not the one whose heads are named next: the sentence dates it to a month
 * or year the news is not in, or to another year, or the next sentence sets the present against it ("This time, …", "Now …").
 */
export function recalledMeeting(article: Article, s: Article["sentences"][number]): boolean {
  const published = article.meta.published?.slice(0, 10) ?? null;
  const refs = published ? findTimeRefs(sentenceText(article, s), published) : [];
  const otherTime = refs.some((r) => r.start !== null && r.end !== null && (r.start.slice(0, 4) !== published!.slice(0, 4) || ((r.precision === "month" || r.precision === "year") && (r.end < published! || r.start > published!))));
  const next = article.sentences[s.index + 1];
  return otherTime || (next !== undefined && CONTRAST_NEXT.test(sentenceText(article, next)));
}

const LED_WORDS = "led|leads|leading|headed|heads|heading";
const HEADED_BY = new RegExp(String.raw`\b(?:${LED_WORDS}|head\s+of|negotiators?)\b`, "i");
// (said of a team: not a post, "Kirill Dmitriev, head of the Russian Direct Investment Fund, also took part")
const LED = new RegExp(String.raw`\b(?:${LED_WORDS})\b`, "i");
const STILL_TO_MEET = /\b(?:(?:is|are|was|were)\s+(?:expected|due|set|scheduled|going)\s+to|will|would|plans?\s+to)\s+(?:meet|hold\s+talks|visit|travel|receive|host)\b/i;
const AT_THE_TABLE = /\b(?:sat\s+(?:across|opposite)|across\s+the\s+table\s+from|represented\s+by)\b/i;

/**
 * People of the given countries named in the (up to) two sentences after `s` in its paragraph, or in the next paragraph when
 * `s` ends its own ("… talks in Istanbul has ended. The meeting lasted … / The Russian delegation was again headed by
 * Medinsky, the Ukrainian one by Umerov"): a delegation's members.
 */
export function membersAfter(article: Article, s: Article["sentences"][number], countries: ReadonlySet<string> | null): Array<{ name: string; country: string }> {
  const out: Array<{ name: string; country: string; headed: boolean }> = [];
  const after = article.sentences.slice(s.index + 1);
  const own = after.slice(0, 2).filter((x) => x.paragraph === s.paragraph);
  // (the next paragraph only when at most one sentence of its own follows `s`; its first three, as the outcome may come before who
  // led each team: "The only concrete outcome was a deal … Umerov, who led Kyiv's team, said … The head of the Russian delegation,
  // Kremlin aide Vladimir Medinsky, said …")
  const nextParagraph = own.length < 2 && after[own.length] ? after.filter((x) => x.paragraph === after[own.length]!.paragraph).slice(0, 3) : [];
  for (const next of [...own, ...nextParagraph]) {
    const text = sentenceText(article, next);
    // a sentence about who led whom ("Umerov led Kyiv's team"), not one that only names leaders ("Zelensky said Putin …")
    // ("Marco Rubio and Steve Witkoff sat across the table from Sergei Lavrov and Yuri Ushakov": who sat at it)
    if (!HEADED_BY.test(text) && !/\b(?:delegation|team)\b/i.test(text) && !AT_THE_TABLE.test(text)) continue;
    // (in the next paragraph, only one that says who headed a team or negotiated: not "when the Kremlin published a delegation
    // without Putin's name")
    if (next.paragraph !== s.paragraph && !HEADED_BY.test(text)) continue;
    // (nor whom a member is still to meet: "Witkoff is expected to meet the head of the Ukrainian delegation, Rustem Umerov, in Miami")
    if (STILL_TO_MEET.test(text)) continue;
    // (nor those of a contact a member only proposed: "Umerov proposed a meeting of Putin and Zelensky by the end of August")
    // (not whom the heads spoke of: "Witkoff, who led the US team, said Putin wants peace"; nor, of a team named, its country's
    // leaders, "Umerov, who led Kyiv's team, said the next step should be a meeting between Presidents Volodymyr Zelensky and
    // Vladimir Putin")
    const spokenOf = (p: Person) => mentionsOf(text, p).every((at) => /\b(?:said|says|told|added|warned|claimed)\b[^.;]{0,90}$/.test(text.slice(Math.max(0, at - 100), at)));
    const headed = LED.test(text);
    for (const p of PEOPLE) if ((!countries || countries.has(p.country)) && !spokenOf(p) && isNamed(p, text) && !onlyInMeantPair(text, p, -1) && !out.some((o) => o.name === p.name)) out.push({ name: p.name, country: p.country, headed });
  }
  // (any countries' heads of delegation, two of them at least, for a round that named neither team)
  const found = new Set(out.map((p) => p.country)).size;
  // (of the teams named, the heads of those the text names, where it says who led them: "American and Russian delegations held
  // talks in Riyadh. The Russian side was led by senator Grigory Karasin and Sergei Beseda" names the Russian team only)
  const led = out.filter((p) => p.headed);
  const members = countries ? (found === countries.size ? out : led) : found >= 2 ? out : [];
  return members.map(({ name, country }) => ({ name, country }));
}
