import { type Article, type ContactKind, addDays, latestMonthDay, sentenceText, unaccented } from "@salvo/core";
import { HEADING } from "./attack-dates.ts";
import { findTimeRefs, smallCount } from "./dates.ts";
import { PEOPLE, isNamed } from "./people.ts";
import { OPENING_CONTACT, absentIn, onlyMeant, onlyAsOwner, beforeBetween, besideContact, inEarlierDeed, inOtherClause, onlyToldOf, onlyBriefedOn, onlyInLeftOpen, onlyInOccasion, onlyInWhatWasSaid, onlyInPurpose, onlyInWorkedToward, onlyQuoted, onlySpeaksOf } from "./bystanders.ts";
import { callsWithEach, pairsWithBoth, separateCalls } from "./calls-with-each.ts";
import { eachOnTheirDay } from "./each-on-their-day.ts";
import { type ArticleContact, type Mention, PLACE, family } from "./contact.ts";
import { DAYS_EARLIER, alongsideAttack, saidDay, onAttackDay, cameFrom, contactDays, dateFromContext, daysAfterNews, itemAttack, listedContactDays, openingDaysAfter, sameDayAs, sentencesBefore } from "./contact-dates.ts";
import { TEAMS_OF_STATES, countryOf, membersAfter, membersBefore, otherSide, recalledMeeting, teamsIn } from "./delegations.ts";
import { talksOfOthers } from "./talks-sides.ts";
import { COUNTED_CONTACT, EARLIER_CONTACT, FIRST_SINCE, againLater, dayOfTheContact, earlierContact, earlierDayAt, earlierInMonth, earlierTail, earlierTailAt, earlierRounds, nextInSeries, sinceEarlier } from "./earlier-contacts.ts";
import { europeanLeaders, groupLeaders } from "./group-leaders.ts";
import { groupSubject } from "./group-subject.ts";
import { heldContact } from "./held-contact.ts";
import { listItems } from "./list-items.ts";
import { newsDay } from "./news-day.ts";
import { inPersonKind } from "./contact-kinds.ts";
import { visitedElsewhere } from "./visited-elsewhere.ts";
import { ZELENSKY, followersOf, kyivGuests } from "./kyiv-visits.ts";
import { matchesOf } from "./matches.ts";
import { mergeMentions } from "./merge-mentions.ts";
import { retoldAt } from "./retold-contact.ts";
import { withoutTitleAppositives } from "./title-appositives.ts";
import { SPOKESPEOPLE, aideAsSource, mentionsOf, namedFrom, namedIn, speaksOnly, takesPart } from "./person-mentions.ts";
import { attendedBefore, DATED_LINE, JOINING, PAIR, PRONOUN_GUEST, PRONOUN_IN_CONTACT, PRONOUN_SUBJECT, SAME_GROUP, SPEAKER_THEN_PRONOUN, guestBefore, guestUnnamed, headlinePair, namedBefore, subjectBefore, subjectsOf, theirContact, withSurnames } from "./referents.ts";
import { ASIDE, andAfterAt, andAfterContact, asideContact, briefedOn, ofStates, otherDayContact, semicolonContact, thenCalled } from "./side-contacts.ts";
import { roleReferents, titledLeaders } from "./titled-leaders.ts";
import { RECEIVED_BY, guestAlsoMet, itinerary, listedLegs, tripLegKind } from "./trips.ts";

// "held a bilateral meeting", "had met Trump alone", "one-on-one talks": a contact of its own, not a mention of a larger one the
// same people took part in ("Before the three-way talks, Erdogan and Zelensky held a bilateral meeting"; not "separate(ly)", as
// often another item's news: "Separately, Zelensky spoke with …")
const OWN_CONTACT = /\b(?:bilateral|one-on-one|one-to-one|t[eê]te-[aà]-t[eê]te|alone)\b/i;

// "held a joint call with Zelensky, von der Leyen, Macron and Meloni": a call of a group, so a call with one of them told beside it is
// another ("Trump spoke to Zelensky before the call with Putin. After it, Trump held a joint call with Zelensky, …")
const JOINT_CALL = /\b(?:joint|group|conference)\s+(?:phone\s+|video\s+|telephone\s+)?call\b/i;

// A sentence that calls a contact off is left out whole: which names belong to which contact is not safe to guess.
// (what was called off is no contact: "visited Kyiv on February 20, when a planned joint press conference with Zelensky was cancelled")
// ("A meeting between Trump and Zelensky at the White House ended in a shouting match, and a planned minerals deal signing was
// called off": a signing, no contact)
const OTHER_CALLED_OFF = /\b(?:(?:press|news)\s+(?:conference|briefing)|signing(?:\s+ceremony)?|ceremony)\b[^.;,]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:cancel(?:l)?ed|called\s+off|postponed|scrapped)\b/gi;
// (a handshake refused is no meeting either: "Zelensky refused to shake hands with Lukashenko", "Putin avoided shaking hands with …")
const CALLED_OFF = /\b(?:cancel(?:l?ed|l?ing|s)?|called\s+off|(?:is|was|are|were)\s+(?:now\s+)?off(?=\s*[.;]|\s*$)|postponed|scrapp(?:ed|ing)|(?:refused|declined)\s+to\s+(?:meet|shake)|avoided\s+shaking)\b/i;

// (the subject a pronoun, with "saw", where the sentence's cue is a meeting: heldContact reads "saw" a leader as one)
const PRONOUN_SAW = /\b(?:he|she)\s+(?:(?:had|also|then|later|earlier|first|again|briefly)\s+){0,2}saw\b/i;

const TRIP = /\b(?:trip|visit|journey|tour)\b/i;

const ATTACK_BEFORE = /\b(?:launched|fired|attacked|struck|pounded|attack|strike|barrage)\b/i;

// ("The strike came about an hour after Guterres and Zelensky held a joint press conference": an hour, as hours)
const LINKED_TO_ATTACK = /\bhours?\s+(?:after|before|following)\b|\bfollowed\b|\bcame\s+after\b|\bin\s+the\s+wake\s+of\b/i;

// "…, who had pledged new Patriot systems" up to what follows: a relative clause about someone, not the contact's own
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which)\b[^,;]*$/i;
// a relative clause about a person, closed by a comma ("…, who flew to Washington on Sunday, …"), that holds `at` but not the
// contact's cue (not one about the contact: "Driscoll's talks in Abu Dhabi, which began on Monday, continued on Tuesday")
const CLOSED_RELATIVE = /,\s*(?:who|whom|whose)\b[^,;]*,/gi;
const inRelativeClause = (text: string, at: number, cueAt: number) => matchesOf(CLOSED_RELATIVE, text).some((m) => at > m.index && at < m.index + m[0].length && !(cueAt > m.index && cueAt < m.index + m[0].length));

// ("Putin and Xi last met in Moscow on 21 March", "had previously spoken in May"): an earlier contact recalled
const RECALLS = /\b(?:last|previously)\s+(?:met|spoke|spoken|saw|seen|talked)\b/i;
const recallsContact = (text: string) => EARLIER_CONTACT.test(text) || FIRST_SINCE.test(text) || RECALLS.test(text);

/**
 * The day the last sentence before `s` names or a contact told in it was dated to, past those that recall an earlier contact; null when that
 * sentence names more than one.
 */
function lastDayBefore(article: Article, s: Article["sentences"][number], out: readonly Mention[], recalled: (i: number) => boolean): string | null {
  for (let i = s.index - 1; i >= 0; i--) {
    if (recalled(i)) continue;
    const x = article.sentences[i]!;
    const t = sentenceText(article, x);
    const told = out.findLast((c) => c.quote_start === x.start && c.date)?.date;
    if (told) return told;
    const days = new Set(contactDays(t, findTimeRefs(t, article.meta.published)).flatMap((r) => (r.start && !r.relative ? [r.start] : [])));
    if (days.size > 0) return days.size === 1 ? [...days][0]! : null;
  }
  return null;
}

// words that can name only the two people of a contact told before ("the two leaders", "the two presidents")
const THE_PAIR = /\bthe\s+two\s+(?:leaders|presidents|heads\s+of\s+state|men)\b/i;
// others told of as a group, whom a later "their" may mean ("military chiefs", "the two delegations", "foreign ministers")
const OTHER_GROUP = /\b(?:chiefs|ministers|delegations|officials|negotiators|envoys|generals|commanders|militaries|teams|diplomats|advisers)\b/i;

/**
 * Calls, meetings and talks between named leaders or envoys of at least two countries.
 * `strike` is the article's lead attack, for contacts dated only as "hours before" or "hours after" it.
 */
export function extractContacts(article: Article, strike: { start: string; end: string } | null): ArticleContact[] {
  const out: Mention[] = [];
  // a round-up's heading ("WEDNESDAY: TRUMP CALLS PUTIN") dates the contacts of the paragraph under it that give no day
  let section: { day: string | null; paragraph: number } = { day: null, paragraph: -1 };
  let lastContactAt = -Infinity;
  // (the sentences that tell of such a group, read once: a later "their" asks of those between it and the last contact)
  const groupSentences = article.sentences.filter((x) => OTHER_GROUP.test(sentenceText(article, x))).map((x) => x.index);
  // sentences that recall an earlier contact ("The two had last met in Moscow on 21 March"), no day a later "the day before" counts from
  const recalled = new Set<number>();
  const isRecalled = (i: number) => recalled.has(i) || recallsContact(sentenceText(article, article.sentences[i]!));
  // a habit told just before ("Witkoff has met Putin three times since February"), whose latest the next sentence may date
  let habit: { at: number; mention: Mention } | null = null;
  // (a sentence that lists items of news is read item by item: see listItems)
  const views = article.sentences.flatMap((s) => {
    const quoteText = sentenceText(article, s);
    return listItems(withSurnames(article, s, quoteText), article.meta.published).map((text) => ({ s, quoteText, text }));
  });
  for (const { s, quoteText, text } of views) {
    if (HEADING.test(text)) section = { day: findTimeRefs(text, article.meta.published).find((r) => r.precision === "day" && r.start)?.start ?? null, paragraph: s.paragraph };
    const sectionDay = s.paragraph === section.paragraph + 1 ? section.day : null;
    if (CALLED_OFF.test(text.replace(OTHER_CALLED_OFF, ""))) continue;
    // "Their previous one, on March 18, produced …": the contact just reported, held before on that day
    // (only in the sentence right after it: further on, "The last one, on July 3, hit a substation" is about something else;
    // but a verb or noun of contact says it is one, "The two men had previously spoken on Thursday", "Their most recent
    // conversation had been …", three sentences on when no one else is named; and "It was Scholz's first conversation with Putin
    // since their call on May 13" names its pair)
    // (or the habit's latest: "Witkoff has met Vladimir Putin three times since February. The last meeting took place on 11 April")
    const habitJustBefore = habit !== null && habit.at === s.index - 1;
    // (told by a contact's noun or verb: not "The last one, on April 3, hit a substation")
    const habitLatest = habitJustBefore && /\b(?:met|saw|spoke|spoken|talked|call|conversation|meeting|talks|visit)\b/i.test(EARLIER_CONTACT.exec(text)?.[0] ?? "");
    const last = habitLatest ? habit!.mention : out.at(-1);
    // (or the clause after a semicolon: "It was the second conversation between the two leaders since January; their first, on
    // February 12, lasted about an hour and a half")
    const semicolon = text.lastIndexOf(";") + 1;
    // (or "It was the first conversation between the two since September 13": the pair's contact before the one just told)
    // (who is named is asked only of a sentence that says "first … since": namedIn tries every person of the list)
    const firstSince = FIRST_SINCE.exec(text);
    const earlier = EARLIER_CONTACT.exec(text) ?? (semicolon > 0 ? EARLIER_CONTACT.exec(text.slice(semicolon)) : null) ?? (firstSince && namedIn(text).length === 0 ? firstSince : null);
    const since = earlier || !last ? null : sinceEarlier(text, last.participants);
    // (not past a sentence that names someone else, whom "the two men" may mean: "Zelensky said he hoped to talk to Trump soon")
    // ("It was the third conversation between the two men since January. Their previous one, on March 18, …": counted just before)
    const counted = COUNTED_CONTACT.test(text) || (s.index > 0 && COUNTED_CONTACT.test(sentenceText(article, article.sentences[s.index - 1]!)));
    const saysContact = earlier && (counted || /\b(?:met|saw|spoke|spoken|talked|call|conversation|meeting|talks)\b/i.test(earlier[0])) && namedIn(text).every((n) => last?.participants.includes(n));
    // (or their compatriots only, whom "the two presidents" cannot mean: "National security adviser Jake Sullivan said …" between
    // Biden's talks with Zelensky and "The two presidents last met in person in Washington on Dec. 21")
    // (further, six sentences, when every contact told so far is of that pair and only the pair's people are named between; any
    // distance when the sentence names the pair as such: "the two leaders" can be no one else, however long the readout's
    // paragraphs on what they said, "It was the first conversation between the two leaders since September 11, 2022" seven
    // sentences after the call; "their" too, unless others who could meet were told of between: not "Their last meeting …" after
    // "Russian and French military chiefs have had no contact")
    const groupBetween = () => groupSentences.some((i) => i > lastContactAt && i < s.index);
    const onePair =
      out.every((c) => c.participants.join() === last?.participants.join()) && (s.index - lastContactAt <= 6 || THE_PAIR.test(text) || (/\btheir\b/i.test(text) && !groupBetween()));
    const pairCountries = new Set(last?.participants.map((n) => countryOf(n)));
    const onlyPairBetween = () => article.sentences.every((x) => x.index <= lastContactAt || x.index >= s.index || namedIn(sentenceText(article, x)).every((n) => last!.participants.includes(n) || (last!.participants.length === 2 && pairCountries.has(countryOf(n)))));
    if ((earlier || since) && last && (s.index - lastContactAt <= 1 || habitLatest || since || (saysContact && (onePair || s.index - lastContactAt <= 3) && onlyPairBetween()))) {
      const day = findTimeRefs(text, article.meta.published).find((r) => r.precision === "day" && r.start && r.start < (last.date ?? "9999"))?.start;
      if (day) {
        // ("It was the first conversation between the two leaders since their meeting in the Oval Office on February 28": the noun
        // after "since" is the earlier contact's, not the one just told)
        const sinceNoun = earlier && /since$/i.test(earlier[0]) ? SINCE_NOUN.exec(text.slice(earlier.index + earlier[0].length)) : null;
        const word = (sinceNoun?.[1] ?? (earlier ?? since)![1] ?? "").toLowerCase();
        // (the verb says it too: "He last saw the Russian leader in Moscow", "They last spoke in March")
        const verb = earlier && /\b(?:met|saw)\b/i.test(earlier[0]) ? "meeting" : earlier && /\b(?:spoke|spoken|talked)\b/i.test(earlier[0]) ? "phone_call" : null;
        const kind: ContactKind = word === "call" || word === "conversation" ? "phone_call" : word === "meeting" || word === "summit" ? "meeting" : word === "round" || word === "talks" ? "talks" : (verb ?? last.kind);
        // (with whom else they met there: "They last met on July 19 in Tehran at a trilateral summit with Iranian President Ebrahim Raisi")
        const joinedBy = THIRD_PARTY.exec(text);
        const participants = since ? namedIn(text).sort() : [...new Set([...last.participants, ...(joinedBy ? namedIn(text.slice(joinedBy.index)) : [])])].sort();
        out.push({ ...last, kind, participants, date: day, place: PLACE.exec(text)?.[1] ?? null, quote: quoteText, quote_start: s.start, quote_end: s.end });
        lastContactAt = s.index;
        recalled.add(s.index);
        continue;
      }
      // ("It was the first meeting between the two men since their brief conversation at the Vatican in April": in a month, undated)
      const inMonth = earlierInMonth(text, article.meta.published, last);
      if (inMonth) {
        out.push({ ...inMonth, quote: quoteText, quote_start: s.start, quote_end: s.end });
        lastContactAt = s.index;
        recalled.add(s.index);
        continue;
      }
    }
    // ("Zelensky held talks with Vance in Rome on Sunday. It was his first meeting with Vance since their clash in the Oval Office on
    // February 28": the pair's contact before the one just told, when the sentence names no one else)
    const tail = last && s.index - lastContactAt === 1 && IT_WAS.test(text) && namedIn(text).every((n) => last.participants.includes(n)) ? earlierTail(text, article.meta.published, last) : null;
    if (tail) {
      out.push({ ...tail, quote: quoteText, quote_start: s.start, quote_end: s.end });
      lastContactAt = s.index;
      recalled.add(s.index);
      continue;
    }
    // "The first call between Trump and Putin, on Feb. 12, produced … The second, on March 18, lasted …": the next of the
    // pair's contacts counted in the sentence just before
    const next = last && s.index - lastContactAt === 1 ? nextInSeries(article, s, text, last) : null;
    if (next) {
      out.push({ ...next, quote: quoteText, quote_start: s.start, quote_end: s.end });
      lastContactAt = s.index;
      recalled.add(s.index);
      continue;
    }
    // "Putin's talks with Witkoff lasted nearly five hours. Ushakov said the conversation on Tuesday evening had been useful": the
    // day the next sentence gives the contact just told, undated
    const undated = last && last.date === null && s.index - lastContactAt === 1 ? dayOfTheContact(text, article.meta.published) : null;
    if (undated) out[out.length - 1] = { ...last!, date: undated };
    // "The previous two rounds were held in Istanbul on May 16 and June 2": earlier rounds of talks, one a day
    const rounds = earlierRounds(article, text, out);
    if (rounds.length > 0) {
      const place = PLACE.exec(text)?.[1] ?? null;
      for (const r of rounds) out.push({ kind: "talks", ...r, reportedDay: null, place, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
      lastContactAt = s.index;
      recalled.add(s.index);
      continue;
    }
    // "Keir Starmer convened a virtual meeting of leaders on Saturday. Joining the call were Zelensky, Macron and Meloni": the
    // contact told just before, with those who joined it and the one who called it
    // (of the kind its noun names: "The talks in Riyadh lasted four hours, with Lavrov on the Russian side" joins no call)
    const attended = attendedBefore(text);
    const toldBefore = (JOINING.test(text) || attended) && s.index > 0 ? heldContact(sentenceText(article, article.sentences[s.index - 1]!)) : null;
    const joined = toldBefore && (attended === null || attended === "any" || attended === family(toldBefore.kind)) ? toldBefore : null;
    const told = joined ? { kind: joined.kind, at: 0 } : heldContact(text);
    if (!told) continue;
    const cue = { at: told.at, kind: inPersonKind(text, told) };
    // (a spokesman speaks about contacts: "Kremlin spokesman Dmitry Peskov confirmed that Trump had made a request")
    // (nor does the one the sentence attributes it to: "Witkoff met Putin at the Kremlin on Friday, Kremlin aide Yuri Ushakov said")
    // ("Shortly after hanging up with Putin, Trump also spoke with Zelensky", "Before dialling Putin, he spoke with Zelensky": nor
    // who is named only in the contact told before as this one's occasion, whom "he" is then read without)
    // (nor an aide who is only the sentence's source, though no two countries are left: "During the meeting with Erdogan, the two
    // leaders discussed grain exports, presidential aide Yuri Ushakov told reporters")
    // (nor whom only what was said after it names: "Erdogan said after the talks that he hoped to bring Putin and Zelensky together")
    // (nor whom only the words it quotes name: 'Trump told Fox News after the summit that it was now "up to President Zelensky"')
    // (nor whom only a contact thought of after it names: "…, and the two agreed to work toward a meeting between Putin and Zelensky")
    // (nor who is named only in a contact left open: "… the outcome of the talks and that no phone call between Putin and Trump was
    // planned"; nor only in what it was held to do: "met his security team to discuss a response to Putin")
    const present = PEOPLE.filter((p) => isNamed(p, text) && (!SPOKESPEOPLE.has(p.name) || takesPart(text, p)) && !onlyInOccasion(text, p, cue.at) && !onlyQuoted(text, p, cue.at) && !onlyInWhatWasSaid(text, p, cue.at) && !aideAsSource(text, p) && !onlyInLeftOpen(text, p, cue.at) && !onlyMeant(text, p) && !onlySpeaksOf(text, p, cue.at, out) && !onlyInPurpose(text, p, cue.at) && !onlyInWorkedToward(text, p, cue.at));
    // ("German Chancellor Olaf Scholz spoke with Putin on Friday. … Zelensky said Scholz's call had opened \"Pandora's box\"", "The
    // talks, which lasted four hours, focused on … the preparation of a meeting between Orban and Zelensky": a contact told before,
    // named again, of which whoever else the sentence names only speaks; not those it says took part, "Kushner joined the talks")
    // (those only are left out: the contact stays the one told before)
    // (only when the rest of the sentence tells no contact of its own: not "Monday's talks came five days after Fico met Shmyhal")
    const retold = joined ? null : retoldAt(text, cue.at);
    const toldAgain = retold && heldContact(text.slice(retold.end)) === null ? out.findLast((c) => family(c.kind) === family(cue.kind) && (retold.owner === null || c.participants.some((n) => n.split(" ").at(-1) === retold.owner))) : undefined;
    const inToldAgain = (p: { name: string; country: string }) => toldAgain!.participants.some((n) => n === p.name || (n.endsWith(" delegation") && countryOf(n) === p.country));
    if (toldAgain && !TOOK_PART.test(text)) present.splice(0, present.length, ...present.filter(inToldAgain));
    const talking = present.filter((p) => !speaksOnly(text, p) || takesPart(text, p));
    const people: Array<{ name: string; country: string }> = (new Set(talking.map((p) => p.country)).size >= 2 ? talking : present).map((p) => ({ name: p.name, country: p.country }));
    // (the list's own spelling wins: "Andrej Plenković" is its "Andrej Plenkovic")
    // ("Syrian President Bashar al-Assad", where the title reader takes "Bashar": a word of a name the list knows)
    // (nor one the list knows whom a reading above left out: "Polish Prime Minister Donald Tusk condemned the talks between …")
    const listed = PEOPLE.filter((p) => isNamed(p, text));
    for (const t of titledLeaders(text)) if (![...people, ...listed].some((p) => unaccented(p.name).split(/[\s-]+/).includes(unaccented(t.name.split(" ").at(-1)!)))) people.push(t);
    // "The Polish president then held talks with Zelensky": the one leader of that country the article named before
    const roles = roleReferents(article, s, text, people);
    for (const r of roles) people.push({ name: r.name, country: r.country });
    // "Rubio held talks with Ukrainian officials": a named envoy and an unnamed delegation of another country
    for (const g of teamsIn(text, cue.at)) if (!people.some((p) => p.country === g.country)) people.push(g);
    // "Zelensky has addressed the G7 leaders by video link": the group's members of that day
    const prior = article.sentences[s.index - 1];
    const group = groupLeaders(text, article.meta.published, cue.at, prior && prior.paragraph === s.paragraph ? sentenceText(article, prior) : null);
    for (const g of group) if (!people.some((p) => p.name === g.name)) people.push(g);
    // "Macron hosted an emergency meeting of European leaders in Paris": Europe's unnamed leaders with the one of a country
    // (only beside one country's people: "Trump hosted Zelensky and seven European leaders" is their contact, as named; and only
    // for a gathering, not a call: "Macron's call for a meeting of European leaders went unanswered")
    if (cue.kind !== "phone_call" && new Set(people.map((p) => p.country)).size === 1) people.push(...europeanLeaders(text, cue.at));
    const oneSide = new Set(people.map((p) => p.country));
    if (cue.kind === "talks" && oneSide.size === 1) people.push(...otherSide(text, [...oneSide][0]!));
    // ("Putin thanked Trump for … the resumption of direct Russian-Ukrainian talks": talks named by two states whose people the
    // sentence does not both name are others', which it speaks of)
    if (cue.kind === "talks" && talksOfOthers(text, cue.at, people)) continue;
    // "Macron, Merz, Starmer and Tusk travelled to Kyiv together and called Trump from Zelensky's office": the visit, and the call
    // after it with those only the call names (when the visit is still one without them)
    const called = cue.kind === "phone_call" ? null : thenCalled(text, cue.at, people);
    const visitors = called ? people.filter((p) => !called.only.includes(p.name)) : [];
    const calledApart = called !== null && (new Set(visitors.map((p) => p.country)).size >= 2 || (cue.kind === "visit" && kyivGuests(text, visitors, article.meta.published)));
    if (calledApart) people.splice(0, people.length, ...visitors);
    // "Witkoff saw Putin on 13 March; five days later, Trump and Putin spoke for more than two hours": the clause after a semicolon
    // tells a contact of its own, with its own subject; whom only it names is not in this one
    const clause = calledApart ? null : semicolonContact(text, cue.at, article.meta.published);
    const beforeClause = clause ? people.filter((p) => !clause.only.includes(p.name)) : [];
    // (or none, when the first clause's are the pair named before: "The two leaders met for nearly three hours in Anchorage; Trump
    // then called Zelensky and European leaders")
    const pairFirst = clause !== null && beforeClause.length === 0 && PAIR.test(text.slice(0, clause.at));
    const clauseApart = clause !== null && (new Set(beforeClause.map((p) => p.country)).size >= 2 || pairFirst);
    if (clauseApart) people.splice(0, people.length, ...beforeClause);
    // "Joe Biden came to Kyiv on 20 February": a foreign leader's visit to Kyiv is one with Ukraine's president
    // ("Joe Biden came to Kyiv on 20 February, followed by Giorgia Meloni on 21 February and Pedro Sanchez on 23 February": each
    // visitor after the first came on the day named with him, to the same host)
    const followers = cue.kind === "visit" ? followersOf(text, article.meta.published) : [];
    const guests = people.filter((p) => !followers.some((f) => f.name === p.name));
    const hostedInKyiv = cue.kind === "visit" && kyivGuests(text, guests, article.meta.published);
    if (hostedInKyiv) {
      people.splice(0, people.length, ...guests, ZELENSKY);
      for (const f of followers) out.push({ kind: "visit", participants: [f.name, ZELENSKY.name].sort(), date: f.date, reportedDay: null, place: "Kyiv", article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    }
    // ('Modi said he had exchanged views with Putin and "the insights from my recent visit to Ukraine"': a visit to a country none
    // of those named belongs to is none with them)
    if (cue.kind === "visit" && !hostedInKyiv && visitedElsewhere(text, cue.at, people)) continue;
    // "Ukrainian and Russian delegations met in Istanbul. Rustem Umerov led Kyiv's team; … Vladimir Medinsky": the members named next
    // (of each team left unnamed: "Umerov, who headed the Ukrainian delegation at the talks with Russia … The Russian delegation
    // was headed by Vladimir Medinsky")
    const teams = people.filter((p) => p.name.endsWith(" delegation"));
    if (teams.length > 0 && !recalledMeeting(article, s)) {
      const members = membersAfter(article, s, new Set(teams.map((p) => p.country)));
      // (a team whose members the text does not name stays a team: "… The Russian side was led by Karasin and Beseda")
      const namedTeam = (p: { country: string }) => members.some((m) => m.country === p.country);
      if (members.length > 0) people.splice(0, people.length, ...people.filter((p) => !(teams.includes(p) && namedTeam(p)) && !members.some((m) => m.name === p.name)), ...members);
    }
    // ("On Monday, the same Americans sat for about 12 hours with Russian negotiators Karasin and Beseda": a team told of before, by
    // its members in the contact told last, up to three sentences before)
    for (const team of people.filter((p) => p.name.endsWith(" delegation"))) {
      const members = membersBefore(text, team.name, out, article.sentences[Math.max(0, s.index - 3)]!.start);
      if (members.length > 0) people.splice(people.indexOf(team), 1, ...members.filter((m) => !people.some((p) => p.name === m)).map((m) => ({ name: m, country: team.country })));
    }
    // ("The third round of direct negotiations, held in Istanbul on Wednesday, lasted about 40 minutes. The Russian delegation was
    // headed by Vladimir Medinsky. The Ukrainian delegation was led by Rustem Umerov.": the heads named next, of any two countries)
    // ("The delegations met at the Ciragan Palace for a little over an hour. … Umerov again led the Ukrainians and presidential aide
    // Medinsky the Russians": teams that met, their heads named next, are talks too)
    if (people.length === 0 && (cue.kind === "talks" || TEAMS_MET.test(text)) && !recalledMeeting(article, s)) people.push(...membersAfter(article, s, null));
    // ("Zelensky met Trump at the White House on Monday. Joining the meeting were Macron, Starmer and Merz": all who took part in
    // the contact read there, else the one who called it)
    if (joined) {
      const prev = article.sentences[s.index - 1]!.start;
      const told = out.filter((c) => c.quote_start === prev && family(c.kind) === family(joined.kind)).flatMap((c) => c.participants);
      const hosts = told.length > 0 ? told.map((name) => ({ name, country: countryOf(name) ?? "" })) : [subjectBefore(article, s)].filter((h) => h !== null);
      for (const h of hosts) if (!people.some((p) => p.name === h.name)) people.push(h);
    }
    // "The two leaders spoke for over two hours": the pair named just before (or in the headline)
    // "… travelled to Kyiv, where they met Zelensky. A day later the same leaders met Vladimir Putin": those who came to the
    // contact told last (named before its verb), up to three sentences before
    const sameGroup = SAME_GROUP.test(text) && out.length > 0 && s.index - lastContactAt <= 3 ? out.at(-1)! : null;
    for (const name of sameGroup ? subjectsOf(sameGroup) : []) if (!people.some((p) => p.name === name)) people.push({ name, country: countryOf(name) ?? "" });
    // "… held talks with Zelensky. Together, the five leaders called US President Donald Trump": all of the contact told just before
    const toldJustBefore = s.index > 0 && out.at(-1)?.quote_start === article.sentences[s.index - 1]!.start ? out.at(-1)!.participants : null;
    for (const name of groupSubject(text, cue.at, toldJustBefore)) if (!people.some((p) => p.name === name)) people.push({ name, country: countryOf(name) ?? "" });
    // (not "the two leaders" after the cue of a contact whose subject is a pronoun: "He had spoken with US President Joe Biden the
    // previous day, when the two leaders discussed Ukraine", after Modi's call with Putin, is "he" and Biden, not the pair before)
    const pairAt = PAIR.exec(text)?.index ?? -1;
    const pronounPair = pairAt > cue.at && (PRONOUN_SUBJECT.exec(text)?.index ?? Infinity) < cue.at && !SPEAKER_THEN_PRONOUN.test(text);
    if (new Set(people.map((x) => x.country)).size < 2 && pairAt >= 0 && !pronounPair) {
      for (const p of namedBefore(article, s)) if (!people.some((q) => q.name === p.name)) people.push(p);
    }
    // "In their call on Tuesday, …, Putin agreed to a 30-day halt": the pair named before that takes in whoever the sentence names,
    // in the paragraph, else the contact told just before, else a headline's ("… hours after Putin-Trump call"); or those the
    // sentence before names, with the one this one names ("Hours later, Witkoff and Kushner were in the Kremlin. Their meeting with
    // Vladimir Putin began shortly before midnight", "Putin's line has hardened. Speaking alongside Lukashenko after their talks …")
    if (new Set(people.map((x) => x.country)).size < 2 && theirContact(text, cue.at)) {
      const last = s.index - lastContactAt <= 3 ? out.at(-1)?.participants.map((name) => ({ name, country: countryOf(name) ?? "" })) : undefined;
      const takesIn = (c: ReadonlyArray<{ name: string }>) => people.every((p) => c.some((q) => q.name === p.name));
      const before = sentencesBefore(article, s).slice(0, 1).flatMap((t) => PEOPLE.filter((p) => isNamed(p, t)).map((p) => ({ name: p.name, country: p.country })));
      const pair = [namedBefore(article, s), last ?? [], headlinePair(article)].find((c) => takesIn(c) && new Set(c.map((p) => p.country)).size >= 2) ?? (new Set([...people, ...before].map((p) => p.country)).size >= 2 ? before : []);
      for (const p of pair) if (!people.some((q) => q.name === p.name)) people.push(p);
    }
    // a timeline of one pair's contacts ("Trump's contacts with Putin in 2025"): its dated lines ("MARCH 18 - A
    // call of about two and a half hours") are that pair's
    // (the line's label its own sentence: "March 18: the energy truce. In a call lasting more than two hours, Putin agreed …")
    // (the sentence right after it: not "Within two days, the summit in Alaska was announced" further on)
    const label = article.sentences[s.index - 1];
    const labelled = label?.paragraph === s.paragraph && label.start === article.sentences.find((x) => x.paragraph === s.paragraph)!.start && DATED_LINE.test(sentenceText(article, label));
    if (new Set(people.map((x) => x.country)).size < 2 && (DATED_LINE.test(text) || labelled)) {
      for (const p of headlinePair(article)) if (!people.some((q) => q.name === p.name)) people.push(p);
    }
    // "earlier in the day he met President Cyril Ramaphosa in Pretoria": the person the text was about
    // (not "Zelensky said he had met Umerov": the pronoun is the speaker the sentence names)
    // ("She said she had spoken with Zelenskyy and with Trump": the pronoun is the subject even when the two named
    // after it are of two countries)
    // ("Earlier on his tour he saw Zelensky in Kyiv on 2 July and Putin in Moscow on 5 July": "saw" a leader he met)
    const pronoun = SPEAKER_THEN_PRONOUN.test(text) ? null : (PRONOUN_SUBJECT.exec(text) ?? PRONOUN_SAW.exec(text) ?? PRONOUN_IN_CONTACT.exec(text));
    // ("Emmanuel Macron and Olaf Scholz received him at the Elysee": the guest is the one the text was about, whoever hosts)
    const guest = guestUnnamed(text, people);
    // (nor when an office names him before it: "The Hungarian premier's visit to Moscow came three days after he met Zelensky")
    const namedAt = Math.min(namedFrom(text, people), ...roles.map((r) => r.at));
    if ((pronoun && (new Set(people.map((x) => x.country)).size < 2 || namedAt >= pronoun.index + pronoun[0].length)) || guest) {
      // ("Orban arrived in Moscow. Putin received him": the guest is the subject of the sentence before, or the one it
      // speaks of, "Zelensky said Orban had not consulted Kyiv"; the sentence's own "he" is the text's subject: "He then
      // went to the Pentagon, where Austin received him")
      // ("On Saturday, Zelensky held his first meeting with Modi. Modi said India would help. On Sunday, he also met Yoon Suk Yeol":
      // "he also" goes on with the one whose contact was told last, not the one who spoke of it in between)
      // (only when no one else is named in between: not "Biden spoke at the summit. He also met Kishida")
      const lastOnlyBetween = () => article.sentences.every((x) => x.index <= lastContactAt || x.index >= s.index || namedIn(sentenceText(article, x)).every((n) => out.at(-1)!.participants.includes(n)));
      const alsoOf = pronoun && !guest && /^(?:he|she)\s+also\b/i.test(text.slice(pronoun.index)) && s.index - lastContactAt <= 3 && lastOnlyBetween() ? subjectsOf(out.at(-1)!) : [];
      const subject = alsoOf.length === 1 ? { name: alsoOf[0]!, country: countryOf(alsoOf[0]!) ?? "" } : guest && !/\b(?:he|she)\b/i.test(text.slice(0, PRONOUN_GUEST.exec(text)!.index)) ? guestBefore(article, s) : subjectBefore(article, s);
      if (subject && !people.some((p) => p.country === subject.country)) people.push(subject);
    }
    // (not who is named only beside the contact: "…, hours after Trump's call with Putin", "Trump's envoy Steve Witkoff")
    const aside = ASIDE.exec(text);
    // "Rubio spoke on Friday, a day after he and Witkoff held talks in Paris with Yermak", "…, which followed talks between the UN
    // chief and Lavrov": when the aside holds the only contact, it is the contact, dated from the day of the clause before it
    // (a person's clause: not "The attack came a day after Trump spoke with Putin", dated by the attack)
    const head = aside ? text.slice(0, aside.index) : "";
    const headSubject = present.map((p) => ({ p, at: mentionsOf(head, p)[0] ?? Infinity })).sort((a, b) => a.at - b.at)[0];
    // (nor what came after it, its person's only by a possessive: "Cameron's trip came a day after Biden and Xi held talks", the
    // day of the trip told before)
    if (aside && aside.index < cue.at && headSubject && headSubject.at < Infinity && !/\b(?:came|comes)\s*$/i.test(head)) {
      const headDay = contactDays(head, findTimeRefs(head, article.meta.published)).filter((r) => r.start).at(-1)?.start ?? sameDayAs(article, s, head, head.length, null, out) ?? dateFromContext(article, s, []);
      const other = asideContact(text, aside.index, headDay, headSubject.p.name, article.meta.published);
      if (other) {
        out.push({ ...other, reportedDay: null, place: PLACE.exec(text.slice(aside.index))?.[1] ?? null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
        lastContactAt = s.index;
        continue;
      }
    }
    const asideFrom = aside && aside.index > cue.at ? aside.index : Infinity;
    // ("came two weeks after Trump hosted Putin, and ten days after Zelensky met Trump": who is named only in the second "after" is
    // in its contact, not the first's)
    const andAfterFrom = andAfterAt(text, cue.at) ?? Infinity;
    const onlyAndAfter = (p: (typeof present)[number]) => andAfterFrom < Infinity && mentionsOf(text, p).every((i) => i > andAfterFrom);
    // ("Macron and Putin spoke by phone last Friday, their first conversation since the joint call Macron and Olaf Scholz held with
    // Putin on 28 May": who is named only in the earlier contact it is counted against, and its day, are that one's)
    const tailAt = earlierTailAt(text);
    const tailFrom = tailAt > cue.at ? tailAt : Infinity;
    const onlyInTail = (p: (typeof present)[number]) => tailFrom < Infinity && mentionsOf(text, p).every((i) => i > tailFrom);
    const subjectAt = Math.min(...present.map((p) => mentionsOf(text, p)[0] ?? Infinity));
    const beside = new Set(present.filter((p) => inEarlierDeed(text, p, cue.at, subjectAt) || onlyToldOf(text, p, cue.at) || onlyAndAfter(p) || onlyInTail(p) || besideContact(text, p, asideFrom) || onlyInOccasion(text, p, cue.at) || inOtherClause(text, p, cue.at) || onlyBriefedOn(text, p, cue.at) || absentIn(text, p) || beforeBetween(text, p, cue.at)).map((p) => p.name));
    const kept = people.filter((p) => !beside.has(p.name));
    if (beside.size > 0 && new Set(kept.map((p) => p.country)).size >= 2) people.splice(0, people.length, ...kept);
    // ("Leaders of the coalition of the willing held a video call on Tuesday, a day after several of them and Zelensky met Trump
    // at the White House": the contact its main clause tells of names no two leaders; the one in the aside is its own)
    else if (beside.size > 0 && asideFrom < Infinity && kept.length === 0) {
      const other = asideContact(text, asideFrom, contactDays(text, findTimeRefs(text, article.meta.published)).find((r) => r.start)?.start ?? null, null, article.meta.published);
      if (other) {
        out.push({ ...other, reportedDay: null, place: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
        continue;
      }
    }
    // ("Ukraine marked its Independence Day on Saturday with a visit from Polish President Andrzej Duda, a day after Indian Prime
    // Minister Narendra Modi spent seven hours in Kyiv": who is named only in an aside that tells no contact took no part in this one;
    // not an aside that tells a trip, "six weeks after his Moscow trip, where he hugged Putin")
    else if (beside.size > 0 && asideFrom < Infinity && !heldContact(text.slice(asideFrom)) && !TRIP.test(text.slice(asideFrom)) && present.some((p) => beside.has(p.name) && mentionsOf(text, p).every((i) => i >= asideFrom))) {
      people.splice(0, people.length, ...people.filter((p) => !present.some((q) => q.name === p.name && beside.has(p.name) && mentionsOf(text, q).every((i) => i >= asideFrom))));
    }
    // ("Putin's envoy met Steve Witkoff in Miami", "Zelensky's chief of staff met Trump's envoy": one side told only by whose man
    // went, unnamed, is not the leader's own contact; no one named is left to hold it)
    // (not when his man is named: "Trump's envoy Steve Witkoff then took it to Moscow and met Putin")
    if (new Set(kept.map((p) => p.country)).size < 2 && present.some((p) => beside.has(p.name) && onlyAsOwner(text, p) && !people.some((q) => q.name !== p.name && q.country === p.country))) continue;
    // (two delegations that met are talks even unnamed: "Russian and Ukrainian negotiators met in Istanbul on Wednesday")
    if (people.filter((p) => !p.name.includes(" delegation")).length === 0 && !(cue.kind !== "phone_call" && TEAMS_OF_STATES.test(text))) continue;
    if (new Set(people.map((x) => x.country)).size < 2) continue; // a president with his own ministers is not diplomacy
    // ("Russia had struck the city two days earlier, and Guterres also met Kuleba": a clause's "days earlier" that does
    // not open the sentence dates what it says, not the contact; an opening one is read below)
    // (nor the day of an earlier contact it is measured against: "The telephone conversation was the first between the two leaders
    // since August 19", after "Macron asked Putin on Sunday to …")
    const earlierAt = earlierDayAt(text);
    // (read without it: a weekday is not that of the earlier contact's day, "met on Friday evening, … after talks in Sochi on Aug. 5")
    const timeRefs = findTimeRefs(tailFrom < Infinity ? text.slice(0, tailFrom) : text, article.meta.published).filter((r) => !(r.relative === "days-later" && (r.days ?? 0) < 0 && /(?:earlier|before)$/i.test(r.text)) && !(earlierAt > cue.at && r.at >= earlierAt - 3 && r.at <= earlierAt) && r.at < tailFrom);
    // "overnight" dates the attacks a sentence also mentions, not the call ("early this morning" is the morning's day)
    // ("Zelensky, who flew to Washington on Sunday, met Trump at the White House on Monday": the day a relative clause about the
    // subject names is his, not the contact's, when the sentence names another outside it)
    // (only for a day in the contact's own clause: not "…, who arrived in Singapore on Saturday, met Austin …, and used the trip to
    // drum up attendance for the peace summit on June 15-16")
    const allRefs = contactDays(text, timeRefs);
    const ownRefs = allRefs.filter((r) => !inRelativeClause(text, r.at, cue.at));
    const inCueClause = ownRefs.some((r) => !/[,;]/.test(r.at > cue.at ? text.slice(cue.at, r.at) : text.slice(r.at, cue.at)));
    const refs = ownRefs.length < allRefs.length && inCueClause ? ownRefs : allRefs;
    const nearest = refs.length ? refs.reduce((a, b) => (Math.abs(b.at - cue.at) < Math.abs(a.at - cue.at) ? b : a)) : null;
    // "The attack came two days after Witkoff met Putin": the contact is what the clause after "after" tells (not "The strike came a
    // day after the swap began, the outcome of their talks"); its own day there wins ("… held a call with Shoigu on Friday", not
    // "…, the first since December 2")
    // ("The meeting came a day after Trump, following talks with Zelensky in New York on Tuesday, wrote …": the same)
    const after = nearest?.relative === "days-later" && nearest.at < cue.at ? nearest : null;
    // (past an aside naming an office: "The strike came two days after Steve Witkoff, Trump's special envoy, held … talks with Putin")
    const came = after && !/[,;]/.test(withoutTitleAppositives(text.slice(after.at, cue.at))) ? after : null;
    const clauseEnd = after ? cue.at + Math.max(0, text.slice(cue.at).search(/[,;—–(]|$/)) : 0;
    const nearOne = (after && refs.find((r) => r.start && !r.relative && r.at > after.at && r.at < clauseEnd)) || nearest;
    // ("Trump told reporters on Monday that he had called Putin \"this morning\"": the morning of the day he said it)
    const toldOn = saidDay(text, refs, nearOne);
    const near = toldOn && nearOne ? { ...nearOne, start: toldOn, end: toldOn } : nearOne;
    const linked = LINKED_TO_ATTACK.exec(text);
    // "the attack came hours after the call": the call was the evening the night began; "hours before the talks": the day it ended
    // (in a fact box's item, "* AUGUST 14-15, SYZRAN - …", the attack of that item)
    const attack = linked ? (itemAttack(article, s) ?? strike) : null;
    const byStrike = linked && attack ? (/before/i.test(linked[0]) ? attack.end : attack.start) : null;
    // "The following day, Zelensky spoke by phone with Vance": the day after the one the text named before
    // ("… met in St Peter's Basilica on Saturday. A day earlier, Witkoff had held three hours of talks with Putin": the day before it)
    const step = near?.relative === "next-day" ? 1 : near?.relative === "previous-day" ? -1 : 0;
    // (from that contact's day when the same group went on from it: "A day later the same leaders met Vladimir Putin")
    // (else from the day of the last sentence before that names one, paragraphs before: "Xi greeted Putin … on Wednesday. … / The
    // day before, Putin had met Orban"; "Russian missiles struck Kyiv on Tuesday. / The day before, …"; past one that recalls an
    // earlier contact, "The two had last met in Moscow on 21 March"), when the step opens the sentence (not "… that evening, and held
    // formal talks the next day", counted from within) and its own paragraph names no day before it to count from
    const paragraphDays = () => article.sentences.some((x) => x.paragraph === s.paragraph && x.index < s.index && findTimeRefs(sentenceText(article, x), article.meta.published).some((r) => r.precision === "day" || r.precision === "night"));
    const theirLast = step && /^\W*$/.test(text.slice(0, near!.at)) && !paragraphDays() ? lastDayBefore(article, s, out, isRecalled) : null;
    const dayBefore = step ? ((s.index > 0 && isRecalled(s.index - 1) ? null : dateFromContext(article, s, [], true)) ?? sameGroup?.date ?? theirLast ?? null) : null;
    // ("Two days earlier, in Moscow, he had met Putin", "a week later he was in Kyiv": so many days from the day named before)
    // (only where the sentence opens with it: "Russia had struck the city two days earlier, and Guterres also met Kuleba" is
    // the day named before)
    const earlierBy = near ? null : DAYS_EARLIER.exec(text);
    const shift = near?.relative === "days-later" && near.days ? near.days : earlierBy ? -(/week/i.test(earlierBy[2]!) ? 7 : 1) * smallCount(earlierBy[1]!) : 0;
    // ("Zelensky says he had a phone conversation with Trump. It comes a day after Trump's call with Putin": from the day of the
    // contact the sentence before told of, when no day is named)
    const lastMention = out.at(-1);
    const itComes = lastContactAt === s.index - 1 && /^\W*(?:it|this)\s+(?:comes|came)\b/i.test(text);
    const shiftFrom = shift ? ((came && near === came ? cameFrom(text, came.at, refs, strike, out, article.sentences.find((x) => x.paragraph === s.paragraph)!.start) : null) ?? dateFromContext(article, s, [], true) ?? (itComes ? (lastMention?.date ?? lastMention?.reportedDay ?? null) : null)) : null;
    // "Russia launched its biggest attack early on Friday, just hours after … a phone call with Putin": the day
    // before "hours after" dates the attack, not the call
    const attackDay = near && linked && byStrike && near.at < linked.index && near.at < cue.at && ATTACK_BEFORE.test(text.slice(0, linked.index));
    // ("Earlier in the day, Witkoff met Yermak", "Before the talks began, Umerov met Rubio", "Trump then called Zelensky": the
    // day told before; "The same day Lavrov spoke to Rubio … on June 2 for the next round": ahead of a day named for something else)
    const sameDay = sameDayAs(article, s, text, cue.at, near, out);
    // ("The strike came about an hour after Guterres and Zelensky held a joint press conference following their meeting": the day of
    // the attack it is timed against, not that of the sentence before, "On the morning of April 29 rescuers found a body")
    const timedByAttack = !near && linked && byStrike && cue.at > linked.index && ATTACK_BEFORE.test(text.slice(0, linked.index)) ? byStrike : null;
    // ("The strikes came as Putin met Kim Jong Un at the Vostochny cosmodrome": the attack's day)
    const whileAttack = near ? null : (alongsideAttack(text, cue.at, itemAttack(article, s) ?? strike) ?? onAttackDay(text, cue.at, itemAttack(article, s) ?? strike));
    const fromContext = timedByAttack ?? whileAttack ?? sameDay ?? openingDaysAfter(article, s, text, cue.at) ?? daysAfterNews(article, text, cue.at, strike) ?? (attackDay ? byStrike : near?.start) ?? (dayBefore ? addDays(dayBefore, step) : null) ?? (shiftFrom ? addDays(shiftFrom, shift) : null) ?? byStrike ?? dateFromContext(article, s, people.map((p) => p.name)) ?? sectionDay;
    // ("the summit between Trump and Putin in Alaska in August": a day the text named before is not in that month; "travelled
    // secretly to Kyiv late last week": nor in that week, unless the week is a relative clause's: "he met Merz, who had pledged
    // new Patriot systems last week")
    const month = near ? null : timeRefs.find((r) => ((r.precision === "month" && /^(?:in|during)\s/i.test(r.text)) || (r.precision === "week" && !RELATIVE_CLAUSE.test(text.slice(0, r.at)))) && r.start && r.end);
    // ("Akar had also held talks with Shoigu in recent days": no one day, nor that of the contact told before)
    const inMonth = (month && fromContext && (fromContext < month.start! || fromContext > month.end!)) || (refs.length === 0 && UNDATED_RECENT.test(text)) ? null : fromContext;
    // "Zelensky meets Carney in Kananaskis", "Von der Leyen says she has spoken with Zelensky", "He said he had
    // spoken with Meloni": a contact told as the news of the day, with no other time, is of the day of the report
    // (only when no other mention of the article dates it: "In Ankara, Zelensky meets Erdogan" heads a report of the day before)
    // (not a habit: "Trump has spoken with Putin several times", "Orban, who has met Putin more often than …")
    // ("Biden spoke with Zelensky by phone …, the White House said": news of the day, as its source tells it; not "When Biden
    // spoke with Putin, he warned …" nor "spoke with Putin repeatedly before the invasion")
    // ("Zelensky is in Linkoping, where he and Kristersson signed a letter of intent", "Umerov says the third day of talks has
    // ended": a sentence told in the present, as news of now, and naming no time at all)
    const toldNow = timeRefs.length === 0 && (PRESENT_NEWS_NOW.test(text) || TOLD_NOW.test(text)) && !LONG_AGO.test(text) && !COUNTED_BACK.test(text);
    const toldToday = REPORTED_NOW.test(text) || toldNow || (REPORTED_PAST.test(text) && TOLD_BY.test(text) && !LONG_AGO.test(text));
    // ("Witkoff has also met Putin several times this year": no one contact, unless the text dates one)
    if (HABITUAL.test(text) && inMonth === null && timeRefs.every((r) => r.precision !== "day")) {
      habit = { at: s.index, mention: { kind: cue.kind, participants: people.map((p) => p.name).sort(), date: null, reportedDay: null, place: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end } };
      continue;
    }
    // (a time long before the report belongs to something else: "has held talks with Khurelsukh in Ulaanbaatar, in his first
    // visit to an ICC member since it issued a warrant for his arrest in March 2023")
    const published = article.meta.published;
    const untimed = timeRefs.every((r) => published && r.end && !r.relative && r.end < addDays(published, -31));
    const reportedDay = inMonth === null && untimed && toldToday ? published : null;
    lastContactAt = s.index;
    // "Starmer spoke by telephone with both Trump and Zelensky": two calls, each with the one who called
    // ("Macron and Starmer both met Trump, on Monday and Thursday respectively": two meetings, each on its day)
    const respective = eachOnTheirDay(text, people, article.meta.published);
    const both = pairsWithBoth(text, people) ?? respective?.pairs ?? null;
    // (one verb's list first, every item of which names its day or place: "He received Zelensky in Ankara on Feb. 18, talked with
    // Putin in Tianjin on Sept. 1 and met Trump at the White House on Sept. 25" has three legs, where the trip reader splits two)
    // ("…, who also held talks with Sergey Lavrov": the guest's own contact after the one told)
    const trip = both ? null : (listedLegs(text, people, article.meta.published) ?? itinerary(text, people) ?? guestAlsoMet(text, people));
    if (trip) {
      // each leg of a trip with its own day, place and kind where its words give them, else those of the leg before
      // (a place said before all of them is all of theirs: "In Paris on Monday, Zelensky met Macron and later held talks with Scholz")
      let previous = inMonth;
      for (const [i, leg] of trip.legs.entries()) {
        const legCue = heldContact(leg.text)?.at ?? leg.text.search(RECEIVED_BY);
        const legRefs = findTimeRefs(leg.text, article.meta.published);
        const days = contactDays(leg.text, legRefs).filter((r) => r.start);
        // ("…, where he met Scholz the next day", "two days later": counted from the leg before)
        const later = legRefs.find((r) => r.relative === "next-day" || (r.relative === "days-later" && (r.days ?? 0) > 0));
        const day = days.length ? days.reduce((a, b) => (Math.abs(b.at - legCue) < Math.abs(a.at - legCue) ? b : a)).start : later && previous ? addDays(previous, later.relative === "next-day" ? 1 : later.days!) : null;
        const date = day ?? previous;
        const kind = tripLegKind(leg, i, { before: out.at(-1)?.kind ?? cue.kind, first: cue.kind, oneVerb: trip.oneVerb === true });
        const place = kind === "phone_call" ? null : (PLACE.exec(leg.text)?.[1] ?? leg.travelledTo ?? (i > 0 ? PLACE.exec(trip.lead)?.[1] : null) ?? null);
        previous = date;
        // (a leg within one state is no contact: "Witkoff met Putin in Moscow on Wednesday and later briefed Trump")
        if (!ofStates(people.filter((p) => leg.participants.includes(p.name)))) continue;
        out.push({ kind, participants: leg.participants, date, reportedDay, place, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
      }
      continue;
    }
    const split = both ?? (cue.kind === "phone_call" ? (separateCalls(text, people) ?? callsWithEach(text, people)) : null);
    // (a call has no place: "spoke by phone with Macron after a strike in Odesa")
    // (the opening clause's, when the contact is told there: not "Three days after Trump met Putin, Zelensky was in Washington")
    const opening = OPENING_CONTACT.exec(text);
    // (nor the earlier contact's it is counted against: "…, their second meeting after talks in Sochi")
    const place = cue.kind === "phone_call" ? null : (PLACE.exec(opening && cue.at < opening[0].length ? opening[0] : text.slice(0, tailFrom))?.[1] ?? (hostedInKyiv ? "Kyiv" : null));
    // ("Witkoff has met Putin four times: in Moscow on Feb. 11, again in Moscow on March 13 and …": one contact a day of the list)
    const dates = (split ? null : listedContactDays(text, article.meta.published)) ?? [inMonth];
    // ("spoken by phone with Putin on Sunday and with Zelensky on Monday": each call on the day its item names)
    const eachDay = respective && both === respective.pairs ? respective.days : both?.length ? daysOfEach(text, both, article.meta.published) : null;
    for (const [i, participants] of (split ?? [people.map((x) => x.name).sort()]).entries()) {
      for (const date of eachDay ? [eachDay[i]!] : dates) out.push({ kind: cue.kind, participants, date, reportedDay, own: OWN_CONTACT.test(text), group: group.length > 0 || (participants.length >= 4 && JOINT_CALL.test(text)), place, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    }
    const andAfter = andAfterFrom < Infinity ? andAfterContact(text, andAfterFrom, article.meta.published) : null;
    if (andAfter) {
      // (counted back from what came, "The attack came …": the attack's day, or the contact it names; else the one just told)
      const cameAt = text.slice(0, cue.at).search(/\b(?:came|comes)\b/);
      const anchor = cameAt >= 0 ? cameFrom(text, cameAt, refs, strike, out, article.sentences.find((x) => x.paragraph === s.paragraph)!.start) : inMonth;
      const date = andAfter.date ?? (andAfter.daysBack !== null && anchor ? addDays(anchor, -andAfter.daysBack) : null);
      out.push({ kind: andAfter.kind, participants: andAfter.participants, date, reportedDay: null, place: andAfter.kind === "phone_call" ? null : (PLACE.exec(text.slice(andAfter.at))?.[1] ?? null), article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    }
    if (clauseApart) {
      const date = clause.date ?? (clause.daysAfter && dates[0] ? addDays(dates[0], clause.daysAfter) : null);
      out.push({ kind: clause.kind, participants: clause.participants, date, reportedDay: null, place: clause.kind === "phone_call" ? null : (PLACE.exec(text.slice(clause.at))?.[1] ?? null), article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    }
    if (calledApart) out.push({ kind: "phone_call", participants: called.participants, date: dates[0] ?? null, reportedDay, place: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    const later = otherDayContact(text, cue.at, article.meta.published);
    if (later) out.push({ ...later, reportedDay: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    const subject = present.filter((p) => !beside.has(p.name)).map((p) => ({ p, at: mentionsOf(text, p)[0] ?? Infinity })).sort((a, b) => a.at - b.at)[0]?.p.name ?? null;
    const other = asideFrom < Infinity ? asideContact(text, asideFrom, inMonth ?? reportedDay, subject, article.meta.published) : null;
    if (other) out.push({ ...other, reportedDay: null, place: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    const briefed = briefedOn(text, cue.at, subject, article.meta.published);
    if (briefed) out.push({ ...briefed, reportedDay: null, place: null, article_id: article.id, quote: quoteText, quote_start: s.start, quote_end: s.end });
    if (split) continue;
    const held = earlierContact(text, article.meta.published, out.at(-1)!);
    if (held) out.push(held);
    const again = againLater(text, article.meta.published, out.at(-1)!);
    if (again) out.push(again);
  }
  return mergeMentions(out.map((c) => heldBefore(c, article.meta.published))).map(({ reportedDay, own: _own, earlierThan: _earlierThan, ...c }) => ({ ...c, date: c.date ?? reportedDay ?? newsDay(article, c.quote_start) }));
}

// "Medinsky and Arakhamia held talks in Belarus on 28 February", published on 24 February 2023: a contact told as held, its day
// and month written without a year, is the latest such day not after publication (2022-02-28), not the one just ahead
const HELD_VERB = /\b(?:held|met|spoke|talked|hosted|received|visited|called|phoned|telephoned)\b/i;
function heldBefore(c: Mention, published: string | null): Mention {
  if (!published || !c.date || c.date <= published || !HELD_VERB.test(c.quote)) return c;
  const written = findTimeRefs(c.quote, published).some((r) => r.start === c.date && r.precision === "day" && !r.relative && /\d/.test(r.text) && !/\b(?:19|20)\d\d\b/.test(r.text));
  const date = written ? latestMonthDay(published, Number(c.date.slice(5, 7)), Number(c.date.slice(8, 10))) : null;
  return date ? { ...c, date } : c;
}

// (the teams the subject: "The delegations met", "the two delegations sat down"; not "met the delegations")
const TEAMS_MET = /^(?:[^,;]*,\s*)?(?:the|both)\s+(?:two\s+)?(?:delegations|negotiating\s+teams)\s+(?:(?:then|again|first|later)\s+)?(?:met|sat\s+down)\b/i;
// (words that add someone to a contact named again: "Kushner joined the talks", "the talks, led by Umerov and Medinsky")
const TOOK_PART = /\b(?:led|headed|joined|joining|attended|attending|took\s+part|taking\s+part|participated|participating|including|among|sat\s+in|represented)\b/i;
const IT_WAS = /^\W*(?:it|this|that)\s+(?:was|is|marked)\s/i;
const SINCE_NOUN = /^\s+(?:their|the|his|her)\s+(?:[\p{L}-]+\s+)?(call|conversation|meeting|talks|summit)\b/iu;
const THIRD_PARTY = /\b(?:summit|meeting|talks)\s+(?:also\s+)?(?:with|attended\s+by|joined\s+by)\s/i;
const UNDATED_RECENT = /\b(?:in|over|during)\s+(?:the\s+)?(?:recent|past|last)\s+(?:few\s+|several\s+)?(?:days|weeks|months)\b/i;
const HABITUAL = /\b(?:spoken|met|talked|hosted|meets|speaks|talks)\b(?:\s+\S+){0,4}?\s+(?:(?:several|many|two|three|four|five|six|\d+)\s+times|repeatedly|regularly|often|frequently|ever\s+since)\b|\b(?:who|which)\s+ha[sd]\s+(?:\w+\s+)?(?:met|spoken|hosted|talked)\b|\b(?:regularly|often|usually|frequently)\s+(?:meets|speaks|talks|hosts)\b/i;
const REPORTED_PAST = /\b(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?(?:with|to)\b|\b(?:held|had)\s+(?:a\s+)?(?:(?:phone|telephone)\s+)?(?:call|conversation)\s+with\b/i;
const TOLD_BY = /\b(?:said|says|announced|wrote|posted|informs|informed|told|confirmed|according\s+to)\b/i;
const LONG_AGO = /\b(?:repeatedly|many\s+times|several\s+times|often|before\s+the\s+(?:invasion|war)|in\s+the\s+(?:weeks|months|days)\s+before|when\b)/i;
const REPORTED_NOW = /\b(?:has|have)\s+(?:(?:also|already|just|now|since|twice|again|briefly|jointly)\s+)*(?:spoken|met|held|talked|phoned|called|hosted|received|arrived|signed|started|begun|ended|concluded|written|had\s+an?)\b|\b(?:speaks|meets|hosts|receives|holds)\b|\b(?:is|are)\s+(?:now\s+)?(?:holding|meeting|speaking)\b|\b(?:said|says)\s+(?:that\s+)?(?:he|she|they)\s+(?:had|has|have)\s+(?:also\s+)?(?:spoken|met|held|talked|phoned|called)\b/i;

// (where someone is now: "Zelensky is in Linkoping", "is now in Paris, where Macron received him")
const PRESENT_NEWS_NOW = /\b(?:is|are)\s+(?:now\s+|currently\s+)?in\s+\p{Lu}/u;
// (a source that speaks now: "Lavrov says", "Britain's Ministry of Defence says Wallace refuted Shoigu's claims during their call")
const TOLD_NOW = /\b(?:says|tells|confirms|writes|reports)\b/;
// (but not a contact counted back from now: "Orban is in Beijing, months after he met Putin in Moscow")
const COUNTED_BACK = /\b(?:days|weeks|months|years)\s+(?:after|before|since|ago)\b|\b(?:a|one)\s+(?:week|month|year)\s+(?:after|before|ago)\b/i;

/** The day each pair's other one is named with, up to the next one's name ("with Putin on Sunday and with Zelensky on Monday"); null unless every item names one. */
function daysOfEach(text: string, pairs: readonly string[][], published: string | null): string[] | null {
  const common = pairs[0]!.find((n) => pairs.every((p) => p.includes(n)));
  const at = pairs.map((p) => {
    const person = PEOPLE.find((x) => x.name === p.find((n) => n !== common));
    return person ? (mentionsOf(text, person)[0] ?? -1) : -1;
  });
  if (at.some((i) => i < 0)) return null;
  const days = at.map((from, i) => {
    const to = at.filter((x) => x > from).sort((a, b) => a - b)[0] ?? text.length;
    const item = text.slice(from, to);
    return contactDays(item, findTimeRefs(item, published)).find((r) => r.start && r.precision === "day")?.start ?? null;
  });
  return days.every((d) => d !== null) && new Set(days).size === days.length ? (days as string[]) : null;
}
