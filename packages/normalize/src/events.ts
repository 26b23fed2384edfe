import {
  type ClaimRecord,
  type DiplomacyRecord,
  type EventRecord,
  type StrikeRecord,
  type Weapon,
  addDays,
  contentId,
} from "@salvo/core";
import { type ArticleContact, groupApart } from "./contact.ts";
import { sharedParticipants } from "./merge-mentions.ts";
import type { ArticleClaim } from "./extract.ts";
import { entryOf } from "./entry-of.ts";
import { NIGHT_COUNTS } from "./lexicon.ts";
import { countsOfTheDay } from "./day-counts.ts";
import { daylightTolls } from "./daylight-tolls.ts";
import { recalledDates } from "./recalled-dates.ts";
import { straysRetold } from "./strays-retold.ts";
import { isNightKey, isStrikeKey, isToll, keyEnd, placesNamed, strikeKeyAt } from "./strike-keys.ts";
import { periodTotalsApart } from "./period-totals.ts";
import { placesApart } from "./places-apart.ts";
import { targetsApart } from "./targets-apart.ts";
import { tollsOfTheDayBefore } from "./tolls-next-night.ts";
import { landedAbroad } from "./third-country.ts";
import { reconcile } from "./reconcile.ts";
import { buildTimeline } from "./timeline.ts";

/** A claim and the strike key it is filed under, which the passes below may move. */
type Keyed = { key: string; claim: ArticleClaim };

export interface ArticleResult {
  readonly articleId: string;
  readonly published: string | null;
  /** The sidecar's full publication time, when it gives one: which of two same-day copies came first. */
  readonly publishedAt?: string | null;
  readonly claims: readonly ArticleClaim[];
  readonly contacts: readonly ArticleContact[];
  /** Sentence hashes for finding syndicated copies without the text. */
  readonly fingerprint: readonly number[];
}

export interface Datasets {
  claims: ClaimRecord[];
  strikes: StrikeRecord[];
  diplomacy: DiplomacyRecord[];
  events: EventRecord[];
}

/**
 * The identity of a strike across articles. A night attack is anchored on the morning it ended
 * (date_end): "overnight" in a Wednesday article and "Tuesday night" in another are the same
 * night, while consecutive nights get different anchors. Unresolved dates never merge across
 * articles. Aggregates are keyed by their whole period and by what they count: a period's civilian
 * toll ("at least 286 civilians were killed … in July", the UN's tally) is not the same record as the
 * weapons counted over that period ("Russia launched 6,297 drones … in July", the Air Force's).
 */
function eventKey(c: ArticleClaim, daytime = c.daytime): string {
  if (!c.date_end) return `${c.article_id}|${c.localKey}`;
  if (c.event_type === "aggregate") return ["aggregate", c.attacker, c.target_country, c.date_start, c.date_end, isToll(c.metric) ? "toll" : "weapons"].join("|");
  // a strike told only by its week or month ("in January 2023, when a missile hit …") is no night that ends on its last day
  if (c.date_precision !== "day" && c.date_precision !== "night") return ["vague", c.attacker, c.target_country, c.date_start, c.date_end].join("|");
  // (a landing in a neighbouring country is its own event, whoever fired it: see third-country.ts)
  if (c.event_type === "strike" && (c.target_country === "other" || landsAbroad(c))) return ["strike", "*", "other", c.date_end, daytime ? "day" : ""].join("|");
  return ["strike", c.attacker, c.target_country, c.date_end, daytime ? "day" : ""].join("|");
}

// landedAbroad reads the claim's quote, and buildDatasets asks for a strike claim's key two to five times (the places by
// key, nightCountsTold, keyOf; its own key and its day's): at 10,100 articles landedAbroad was a quarter of buildDatasets.
// Extracted claims are never changed, so its answer is kept per claim object, weakly: it goes with the run's results.
const abroad = new WeakMap<ArticleClaim, boolean>();
function landsAbroad(c: ArticleClaim): boolean {
  let known = abroad.get(c);
  if (known === undefined) abroad.set(c, (known = landedAbroad(c)));
  return known;
}


const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cmpNullLast = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : byString(a, b));

function unionWeapon(ws: readonly Weapon[]): Weapon {
  const set = new Set(ws);
  if (set.has("mixed") || (set.has("drone") && set.has("missile"))) return "mixed";
  return set.has("missile") ? "missile" : "drone";
}

/**
 * What the event's weapon counts say it was made of; an event of casualties alone takes the weapon its casualty figures
 * carry (the one their article names: "struck Dnipro with ballistic missiles, killing 17" is a missile strike).
 */
function eventWeapon(claims: readonly { metric: string; weapon: Weapon }[]): Weapon {
  const counted = claims.filter((c) => c.metric !== "killed" && c.metric !== "injured");
  return unionWeapon((counted.length > 0 ? counted : claims).map((c) => c.weapon));
}

/** A count this large is a fingerprint of one night: consecutive nights rarely repeat it exactly. */
const FINGERPRINT_MIN = 50;

/** A round count ("50 drones", "100") is many nights' count, however large: it tells no night. */
const isRoundCount = (value: number) => value % 50 === 0;

/**
 * Night keys one day apart that are the same attack: an article published the day after calls
 * it "overnight" and anchors it a night late. They must share an exact count (≥ 50, same metric,
 * weapon and claimant side) and contradict each other on none, so two real nights are never
 * joined. Returns each merged key → the key it joins (the one with more claims, then the earlier).
 */
function nightsSharingFigures(claims: readonly Keyed[]): Map<string, string> {
  const figures = new Map<string, Map<string, number>>(); // key → "metric|weapon|side" → value
  const size = new Map<string, number>();
  const byFigure = new Map<string, Set<string>>();
  for (const { key, claim: c } of claims) {
    size.set(key, (size.get(key) ?? 0) + 1);
    if (!isNightKey(key) || !NIGHT_COUNTS.has(c.metric) || c.value === null || c.qualifier !== "exact" || c.part) continue;
    const slot = `${c.metric}|${c.weapon}|${c.claimant_side}`;
    const own = entryOf(figures, key, () => new Map<string, number>());
    own.set(slot, Math.max(own.get(slot) ?? 0, c.value));
    if (c.value < FINGERPRINT_MIN) continue;
    const fp = `${c.attacker}|${c.target_country}|${slot}|${c.value}`;
    entryOf(byFigure, fp, () => new Set()).add(key);
  }
  const endOf = (k: string) => Date.parse(keyEnd(k));
  // groups, not pairs, must agree: night A joining B and B joining C must not join A and C when they differ
  const target = new Map<string, string>();
  const group = new Map<string, { figures: Map<string, number>; ends: number[] }>();
  const root = (k: string): string => (target.has(k) ? root(target.get(k)!) : k);
  const groupOf = (k: string) => group.get(k) ?? { figures: new Map(figures.get(k)), ends: [endOf(k)] };
  const agree = (a: { figures: Map<string, number> }, b: { figures: Map<string, number> }) => [...a.figures].every(([slot, v]) => !b.figures.has(slot) || b.figures.get(slot) === v);
  for (const keys of [...byFigure.values()].filter((k) => k.size > 1)) {
    const list = [...keys].sort(byString);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = root(list[i]!);
        const b = root(list[j]!);
        if (a === b) continue;
        const ga = groupOf(a);
        const gb = groupOf(b);
        const ends = [...ga.ends, ...gb.ends];
        if (Math.max(...ends) - Math.min(...ends) !== 86_400_000 || !agree(ga, gb)) continue;
        const [from, to] = (size.get(a) ?? 0) > (size.get(b) ?? 0) || ((size.get(a) ?? 0) === (size.get(b) ?? 0) && a < b) ? [b, a] : [a, b];
        target.set(from, to);
        group.set(to, { figures: new Map([...gb.figures, ...ga.figures]), ends });
        size.set(to, (size.get(a) ?? 0) + (size.get(b) ?? 0));
      }
    }
  }
  return new Map([...target.keys()].map((k) => [k, root(k)]));
}

const slotOf = (c: ArticleClaim) => `${c.metric}|${c.weapon}|${c.claimant_side}`;
const anySide = (c: ArticleClaim) => `${c.metric}|${c.weapon}|*`;
/**
 * The articles under one key whose exact figures another article under it also gives (`byArticle`: article → "slot|value").
 * Counted once per key: asking article by article compared every pair of a key's reports.
 */
function agreedByAnother(byArticle: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const holders = new Map<string, number>();
  for (const figures of byArticle.values()) for (const f of figures) holders.set(f, (holders.get(f) ?? 0) + 1);
  const agreed = new Set<string>();
  for (const [a, figures] of byArticle) if ([...figures].some((f) => holders.get(f)! > 1)) agreed.add(a);
  return agreed;
}

/**
 * One article's report of a night filed under a neighbouring night (a misread "Monday night" in a
 * week told by many outlets): its exact counts contradict what the other articles give for that
 * night, none agrees with them, and one of them (≥ 50) is given for the night before or after by
 * another article, which contradicts none of them. That article's claims for the night move there.
 * Returns `article|key` → the key its claims join.
 */
function misdatedReports(entries: readonly Keyed[]): Map<string, string> {
  const { exact: allByKey, counts: byKey } = reportsByKey(entries, isNightKey);
  const fingerprint = (v: number) => v >= FINGERPRINT_MIN && !isRoundCount(v);
  type Totals = Map<string, number>;
  const shares = (a: Totals, b: Totals) => [...a].some(([slot, v]) => fingerprint(v) && b.get(slot) === v);
  const clashes = (a: Totals, b: Totals) => [...a].some(([slot, v]) => b.has(slot) && b.get(slot) !== v);
  const moved = new Map<string, string>();
  for (const [key, articles] of byKey) {
    if (articles.size < 2) continue; // alone under its key: nightsSharingFigures joins whole keys
    const agreed = agreedByAnother(allByKey.get(key)!);
    for (const [article, mine] of articles) {
      if (agreed.has(article)) continue;
      const others = [...articles].filter(([a]) => a !== article).map(([, t]) => t);
      if (!others.some((o) => clashes(mine, o))) continue;
      for (const days of [-1, 1]) {
        const night = strikeKeyAt(key, days, "");
        const there = [...(byKey.get(night)?.values() ?? [])];
        if (there.some((o) => shares(mine, o)) && !there.some((o) => clashes(mine, o))) {
          moved.set(`${article}|${key}`, night);
          break;
        }
      }
    }
  }
  return moved;
}

/**
 * Each article's exact figures under each key `keep` accepts: every one as "slot|value" (tolls too, for "agrees with
 * another report of its strike"), and the largest count of each slot (the attack's total, not its regional parts).
 */
function reportsByKey(entries: readonly Keyed[], keep: (key: string) => boolean) {
  const exact = new Map<string, Map<string, Set<string>>>(); // key → article → "slot|value"
  const told = new Map<string, Map<string, Set<string>>>(); // the same, with figures given as a bound ("at least 28")
  const counts = new Map<string, Map<string, Map<string, number>>>(); // key → article → slot → largest count
  for (const { key, claim: c } of entries) {
    if (!keep(key) || c.value === null || c.part) continue;
    const slot = slotOf(c);
    // (a toll only: a count given as a bound is a round one, "more than 100 drones", that many nights share)
    if (c.qualifier === "exact" || (c.qualifier === "at_least" && isToll(c.metric))) {
      entryOf(entryOf(told, key, () => new Map<string, Set<string>>()), c.article_id, () => new Set()).add(`${slot}|${c.value}`);
    }
    if (c.qualifier !== "exact") continue;
    entryOf(entryOf(exact, key, () => new Map<string, Set<string>>()), c.article_id, () => new Set()).add(`${slot}|${c.value}`);
    if (!NIGHT_COUNTS.has(c.metric)) continue;
    const slots = entryOf(entryOf(counts, key, () => new Map<string, Map<string, number>>()), c.article_id, () => new Map<string, number>());
    slots.set(slot, Math.max(slots.get(slot) ?? 0, c.value));
  }
  return { exact, told, counts };
}

/** Whether two reports' places may be one strike's: one names none, or they share one. */
function samePlaces(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === 0 || b.size === 0 || [...a].some((p) => b.has(p));
}

/** What a report that names no place is placed at: no place, which agrees with any (`samePlaces`). */
const noPlaces: ReadonlySet<string> = new Set();
/** The places `placed` holds under `at`, none where it holds nothing. */
const placesAt = (placed: ReadonlyMap<string, ReadonlySet<string>>, at: string) => placed.get(at) ?? noPlaces;

/**
 * Whether the reports under a key that agree with `article`'s (and with each other: "94 missiles and 193 drones" in a
 * live page and a fact box that both misread the night) are strays together: some other report under the key agrees
 * with none of them, every one of them would join the strike `to`, and more reports there repeat them than they are;
 * but not when a report of their key fits them and contradicts the strike `to` (`belies`: "shot down 63" told by two of
 * the night to the 10th, "launched 80" by a third, is no stray of the night to the 9th where 72 were launched).
 */
function strayTogether(
  articles: ReadonlyMap<string, ReadonlySet<string>>,
  article: string,
  destinationOf: (a: string) => { to: string; repeating: ReadonlySet<string> } | null,
  to: string,
  belies: (a: string, group: ReadonlySet<string>) => boolean,
): boolean {
  const group = new Set([article]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [a, figures] of articles) {
      if (group.has(a) || ![...group].some((g) => [...articles.get(g)!].some((f) => figures.has(f)))) continue;
      group.add(a);
      grew = true;
    }
  }
  if (group.size === articles.size || [...articles.keys()].some((a) => !group.has(a) && belies(a, group))) return false;
  const repeating = new Set<string>();
  for (const a of group) {
    const there = destinationOf(a);
    if (there?.to !== to) return false;
    for (const r of there.repeating) repeating.add(r);
  }
  return repeating.size > group.size;
}

/** How many figures one report must repeat of another's, when none of them tells its strike alone. */
const TOGETHER_MIN = 2;
/** The least the largest of those figures may be, of two or of more ("one killed, two injured" is many strikes' toll). */
const TOGETHER_LEAST = 10;
/**
 * The least the largest may be when only two are repeated: a small pair recurs night after night ("20 launched, 18 shot
 * down" is many a small night's count in 2022-23), three figures together ("15 missiles and 21 drones, all shot down") less so.
 */
const PAIR_LEAST = 25;

/**
 * The reports (by article, from `byFigure`: figure → articles giving it) that repeat several of `mine`'s exact figures
 * together, one of them TOGETHER_LEAST or more and not round: "Russia launched 35 Shaheds, 30 were destroyed" told
 * of the night before is the night's "35 launched, 30 shot down", though neither count alone tells a night.
 */
function repeatingTogether(byFigure: ReadonlyMap<string, readonly string[]>, article: string, mine: ReadonlySet<string>): string[] {
  const repeated = new Map<string, { figures: number; most: number }>();
  for (const f of mine) {
    const value = Number(f.slice(f.lastIndexOf("|") + 1));
    for (const a of byFigure.get(f) ?? []) {
      if (a === article) continue;
      const r = entryOf(repeated, a, () => ({ figures: 0, most: 0 }));
      r.figures++;
      if (!isRoundCount(value)) r.most = Math.max(r.most, value);
    }
  }
  return [...repeated].filter(([, r]) => r.figures >= TOGETHER_MIN && r.most >= (r.figures > TOGETHER_MIN ? TOGETHER_LEAST : PAIR_LEAST)).map(([a]) => a);
}

/**
 * One article's report of a strike that no other report of its day or night agrees with (exactly, or as a bound: "at least
 * 28 injured" agrees with "28 injured"), while a report of the strike a day or two away, or of the night (daytime strike) of
 * the same day, repeats one of its exact figures: a toll of 10 or more, or a count of 50 or more that is not round (or, of the
 * strike a day away, two of them together, one 10 or more: see repeatingTogether); and none of that strike's reports
 * contradicts its counts. It was
 * misdated ("early on Saturday" read as the night before the Monday it was published): its claims move there, to the
 * nearest such strike, when only one is that near. Of two lone reports that repeat each other, the one of the smaller
 * key moves. Returns `article|key` → the key its claims join.
 */
function strayReports(entries: readonly Keyed[]): Map<string, string> {
  const { exact, told, counts } = reportsByKey(entries, isStrikeKey);
  const placed = placesNamed(entries, (key, article) => `${key}|${article}`); // key|article → places
  // (a count tells or not whoever gives it, a toll only where the places agree: "injuring 12 people" in Kharkiv is not the
  // 12 injured in Odesa the next day; each figure read once)
  const readFigures = new Map<string, { count: boolean; tells: boolean }>();
  const readFigure = (figure: string) => {
    let read = readFigures.get(figure);
    if (!read) {
      const [metric, , , value] = figure.split("|");
      const v = Number(value);
      const count = NIGHT_COUNTS.has(metric!);
      read = { count, tells: count ? v >= FINGERPRINT_MIN && !isRoundCount(v) : v >= RECALLED_MIN };
      readFigures.set(figure, read);
    }
    return read;
  };
  const placesAgree = (a: ReadonlySet<string>, there: string) => samePlaces(a, placesAt(placed, there));
  // a count contradicts the strike when its reports give that count and this is not the value most of them give (one
  // report's misreading, "shot down 45 missiles" of the 45 launched where the others say nine, is not the strike's count)
  type Tally = Map<string, { told: Map<number, number>; most: number }>;
  // per slot, each value the reports give (value → how many give it) and the most any value has
  const tallyOf = (reports: Iterable<Map<string, number>>): Tally => {
    const tally: Tally = new Map();
    for (const report of reports) {
      for (const [slot, v] of report) {
        const t = entryOf(tally, slot, () => ({ told: new Map(), most: 0 }));
        const n = (t.told.get(v) ?? 0) + 1;
        t.told.set(v, n);
        t.most = Math.max(t.most, n);
      }
    }
    return tally;
  };
  const contradicts = (mine: Map<string, number> | undefined, tally: Tally) =>
    [...(mine ?? [])].some(([slot, v]) => {
      const t = tally.get(slot);
      return t !== undefined && (t.told.get(v) ?? 0) < t.most;
    });
  const clashes = (mine: Map<string, number> | undefined, reports: Iterable<Map<string, number>>) => contradicts(mine, tallyOf(reports));
  // the strike a day or two away (or the night or daylight of its day) whose reports repeat a telling figure of
  // `article`'s, when only one is that near, and the reports there that repeat one
  // (the same for every report of a key: made once per key and distance)
  const nearby = new Map<string, string[]>();
  const nearKeys = (key: string, days: number): string[] => {
    const at = `${days}|${key}`;
    let keys = nearby.get(at);
    if (!keys) {
      keys = [-days, days].flatMap((d) => ["", "day"].map((flag) => strikeKeyAt(key, d, flag))).filter((k, i, all) => k !== key && all.indexOf(k) === i);
      nearby.set(at, keys);
    }
    return keys;
  };
  // key → figure → the articles under the key that give it: a report looks up its own figures there rather than
  // comparing them with every report of every strike near it
  const holders = new Map<string, Map<string, string[]>>();
  const holdersAt = (k: string) => {
    let byFigure = holders.get(k);
    if (!byFigure) {
      byFigure = new Map();
      for (const [a, figures] of exact.get(k) ?? []) for (const f of figures) entryOf(byFigure, f, () => []).push(a);
      holders.set(k, byFigure);
    }
    return byFigure;
  };
  // the other reports under `k` that repeat a telling figure of `mine` (the figures of `article`, placed at `at`)
  const repeatersAt = (k: string, at: string, article: string, mine: ReadonlySet<string>, together: boolean) => {
    const byFigure = holdersAt(k);
    const repeats = new Set<string>();
    for (const f of mine) {
      const holding = byFigure.get(f);
      if (!holding) continue;
      const { count, tells } = readFigure(f);
      if (!tells) continue;
      if (count) {
        for (const a of holding) if (a !== article) repeats.add(a);
        continue;
      }
      const places = placesAt(placed, at);
      for (const a of holding) if (a !== article && !repeats.has(a) && placesAgree(places, `${k}|${a}`)) repeats.add(a);
    }
    if (together) for (const a of repeatingTogether(byFigure, article, mine)) if (!repeats.has(a) && placesAgree(placesAt(placed, at), `${k}|${a}`)) repeats.add(a);
    return repeats;
  };
  // the strikes a day or two away (or the night or daylight of its day) that a report under `key` might be a stray of:
  // those whose reports give a telling figure that some report under `key` gives too. Found once per key, it spares
  // asking report by report of every near strike (at 10,000 articles ~0.4 % of them repeat a figure of the report asking).
  const candidatesOf = (key: string): string[][] => {
    const figures = new Set<string>();
    for (const own of exact.get(key)?.values() ?? []) for (const f of own) if (readFigure(f).tells || own.size >= TOGETHER_MIN) figures.add(f);
    return [0, 1, 2].map((days) =>
      nearKeys(key, days).filter((k) => {
        const byFigure = holdersAt(k);
        for (const f of figures) if (byFigure.has(f)) return true;
        return false;
      }),
    );
  };
  // a key's tally, made once per key rather than once per report that asks
  const tallies = new Map<string, Tally>();
  const tallyAt = (k: string) => {
    let tally = tallies.get(k);
    if (!tally) tallies.set(k, (tally = tallyOf(counts.get(k)?.values() ?? [])));
    return tally;
  };
  // clashes(mine, the counts of every report under k but `article`'s)
  const clashesAt = (mine: Map<string, number> | undefined, k: string, article: string) => {
    if (!exact.get(k)?.has(article)) return contradicts(mine, tallyAt(k));
    const there = [...exact.get(k)!].filter(([a]) => a !== article);
    return clashes(mine, there.map(([a]) => counts.get(k)?.get(a)).filter((t) => t !== undefined));
  };
  const destination = (key: string, candidates: readonly string[][], article: string, mine: ReadonlySet<string>): { to: string; repeating: Set<string> } | null => {
    const at = `${key}|${article}`;
    for (const [days, near] of candidates.entries()) {
      const fits = near.flatMap((k) => {
        // (the repeating reports are all under k, none is `article`'s)
        // (small counts repeated together tell only the next or the previous day: an afternoon's "26 missiles, 13 shot down"
        // may be a second barrage the night before it counted alike, and two days apart "100 drones, three killed" recur)
        const repeating = repeatersAt(k, at, article, mine, days === 1);
        if (repeating.size === 0) return [];
        return clashesAt(counts.get(key)?.get(article), k, article) ? [] : [{ to: k, repeating }];
      });
      if (fits.length > 0) return fits.length === 1 ? fits[0]! : null;
    }
    return null;
  };
  // (a report under `key` that contradicts the strike `to`, where the group's reports give none of its counts otherwise)
  const belies = (key: string, to: string) => (a: string, group: ReadonlySet<string>) => {
    const own = counts.get(key)?.get(a);
    const theirs = [...group].flatMap((g) => counts.get(key)?.get(g) ?? []);
    return clashes(own, [...(counts.get(to)?.values() ?? [])]) && !clashes(own, theirs);
  };
  const moved = new Map<string, string>();
  for (const [key, articles] of exact) {
    // each report's destination once: strayTogether asks again for every report of the group
    const found = new Map<string, ReturnType<typeof destination>>();
    const candidates = candidatesOf(key);
    const none = candidates.every((near) => near.length === 0);
    // (a report that gives none of its figures exactly goes nowhere: "at least 28 injured" is no stray's fingerprint)
    const destinationOf = (a: string) => (none || !articles.has(a) ? null : found.has(a) ? found.get(a)! : found.set(a, destination(key, candidates, a, articles.get(a)!)).get(a)!);
    // (a figure another report gives as a bound agrees too: "28 injured" beside "at least 28 injured" is one strike's toll)
    const reports = told.get(key)!;
    const agreed = agreedByAnother(reports);
    for (const article of articles.keys()) {
      const there = destinationOf(article);
      if (!there) continue;
      if (!agreed.has(article) || strayTogether(reports, article, destinationOf, there.to, belies(key, there.to))) moved.set(`${article}|${key}`, there.to);
    }
  }
  // two reports that each stand alone and repeat each other: one moves to the other's key, not both to each other's
  const leaving = new Set([...moved].map(([at, to]) => `${at.slice(at.indexOf("|") + 1)}>${to}`));
  return new Map([...moved].filter(([at, to]) => to > at.slice(at.indexOf("|") + 1) || !leaving.has(`${to}>${at.slice(at.indexOf("|") + 1)}`)));
}

/**
 * A sentence filed a day off its strike, in a report that tells its own strike too ("The Air Force said Russia attacked with
 * 63 weapons … 31 drones, 14 shot down", the night before the one a wire's round-up dates it to): none of its exact figures
 * is given by another report of the strike it is filed under, while one report of the strike a day before or after gives two
 * of them (see repeatingTogether) and no report there gives another value of any of them. It moves there, when only one
 * strike that near fits. Returns `article|quote_start|key` → the key it joins.
 */
function sentencesADayOff(entries: readonly Keyed[]): Map<string, string> {
  const givers = new Map<string, Map<string, string[]>>(); // key → "slot|value" → articles giving it
  const slots = new Map<string, Map<string, Set<number>>>(); // key → slot → values given
  type Told = { slot: string; value: number };
  type Sentence = { article: string; key: string; figures: Set<string>; told: Told[]; places: Set<string> };
  const sentences = new Map<string, Sentence>(); // article|quote_start|key (the mover's lookup) → the sentence
  const placed = placesNamed(entries, (key, article) => `${key}|${article}`); // key|article → places
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key) || c.value === null || c.qualifier !== "exact" || c.part) continue;
    const slot = slotOf(c);
    const figure = `${slot}|${c.value}`;
    const sentence = entryOf(sentences, `${c.article_id}|${c.quote_start}|${key}`, () => ({ article: c.article_id, key, figures: new Set<string>(), told: [], places: new Set<string>() }));
    for (const p of c.places) sentence.places.add(p);
    const by = entryOf(entryOf(givers, key, () => new Map<string, string[]>()), figure, () => []);
    if (!by.includes(c.article_id)) by.push(c.article_id);
    entryOf(entryOf(slots, key, () => new Map<string, Set<number>>()), slot, () => new Set()).add(c.value);
    if (!sentence.figures.has(figure)) sentence.told.push({ slot, value: c.value });
    sentence.figures.add(figure);
  }
  const moved = new Map<string, string>();
  for (const [at, { article, key, figures, told, places }] of sentences) {
    if (figures.size < TOGETHER_MIN) continue;
    const own = givers.get(key)!;
    if ([...figures].some((f) => own.get(f)!.some((a) => a !== article))) continue;
    const fits = [-1, 1].flatMap((days) => ["", "day"].map((flag) => strikeKeyAt(key, days, flag))).filter((k) => {
      const there = givers.get(k);
      // (a toll told of one place is not the same toll of another: `samePlaces`, as strayReports asks)
      if (!there || !repeatingTogether(there, article, figures).some((a) => samePlaces(places, placesAt(placed, `${k}|${a}`)))) return false;
      // (a strike whose reports give other values of its figures is another: "shot down 28" is not the night of 30)
      return told.every(({ slot, value }) => {
        const values = slots.get(k)!.get(slot);
        return !values || [...values].every((v) => v === value);
      });
    });
    if (fits.length === 1) moved.set(at, fits[0]!);
  }
  return moved;
}

/** A toll or count this large is rarely told again of another attack in the same month. */
const RECALLED_MIN = 10;

/** How far back a strike its article does not date is looked for, before the article was published. */
const UNDATED_LOOKBACK_DAYS = 90;

/**
 * When a recalled strike took place: a strike told by its month, within that month; one told with no date at all ("the
 * barrage in which Russia fired 84 missiles" in a piece on the winter's blackouts), in the months before its article.
 * Null for a strike dated to its day or night, and for an undated one of an article without a publication date.
 */
function recalledWithin(key: string, c: ArticleClaim): { from: string; to: string } | null {
  if (key.startsWith("vague|") || toldByPeriod(key, c)) return { from: c.date_start!, to: c.date_end! };
  if (c.date_end || !c.published) return null;
  return { from: addDays(c.published, -UNDATED_LOOKBACK_DAYS), to: c.published };
}

/**
 * A period's figures that may be one strike of it told by its month or week ("In September 2024, two ballistic missiles hit
 * a military institute in Poltava, killing 55", "Last month, a glide bomb strike on a hardware store killed 19"): the
 * extractor files them as the period's, as it does "286 civilians were killed in July". Only a week or a month is that
 * near; a year or a war's course holds too many strikes.
 */
const toldByPeriod = (key: string, c: ArticleClaim) => key.startsWith("aggregate|") && (c.date_precision === "month" || c.date_precision === "week");

/**
 * An old strike recalled by its month ("the deadliest since January 2023, when a missile killed 46 people") or with no
 * date at all joins the one strike of that time that another report dates to its day or night and gives the same exact
 * figure (same metric, sides); two such strikes leave it alone. A period's figure (`toldByPeriod`) moves with its sentence
 * only, not with the period's other figures ("In July, attacks killed at least 286 civilians. Last month, a missile strike
 * on the Okhmatdyt hospital killed 33": the 286 stays the month's), and only when every figure of 10 or more of that sentence
 * that the strike's reports could give, they give: "killed 19 and injured 190" is no strike's "killed 19 and injured 50".
 * A recalled round bound ("In April 2022, a missile strike on the railway station in Kramatorsk killed more than 60") fits
 * a strike whose reports give the same bound or an exact figure just above it (`boundBorneOutBy`).
 * Returns `article|key` → the key a report's claims join, and `article|quote_start|key` → the key a sentence's join.
 */
function recalledStrikes(entries: readonly Keyed[]): { reports: Map<string, string>; sentences: Map<string, string> } {
  const dated = new Map<string, Set<string>>(); // attacker|target|metric|value → day and night keys
  const givers = new Map<string, Set<string>>(); // day or night key|attacker|target|metric|value → the articles giving it
  const told = new Map<string, Set<number>>(); // day or night key|attacker|target|metric → the values its reports give
  const recalled: Array<{ key: string; claim: ArticleClaim; figure: string; within: { from: string; to: string } }> = [];
  const bounds: Array<{ key: string; claim: ArticleClaim; within: { from: string; to: string } }> = []; // "more than 60" recalled
  const exactGivers = new Map<string, Map<number, Set<string>>>(); // day or night key|attacker|target|metric → exact value → articles
  const boundGivers = new Map<string, Map<number, Set<string>>>(); // the same, of its "more than" bounds
  const keysOfMetric = new Map<string, Set<string>>(); // attacker|target|metric → day and night keys giving an exact value of it
  const slotOf = (key: string, c: ArticleClaim) => `${key}|${c.attacker}|${c.target_country}|${c.metric}`;
  const sentences = new Map<string, ArticleClaim[]>(); // article|quote_start|period key → its figures a strike's reports would have to give
  // (a period's sentence its place: the strike it tells is the sentence's, not the round-up's)
  const atOf = (key: string, c: ArticleClaim) => (toldByPeriod(key, c) ? `${c.article_id}|${c.quote_start}|${key}` : `${c.article_id}|${key}`);
  for (const { key, claim: c } of entries) {
    if (c.value === null || c.value < RECALLED_MIN || c.part) continue;
    // (every figure of 10 or more of the sentence weighs, whatever its qualifier: "at least 286" belies a strike's 33 as
    // well; a smaller one does not, a night's reports give many small counts of its places: "the last four destroyed it")
    if (toldByPeriod(key, c)) {
      const at = atOf(key, c);
      entryOf(sentences, at, () => []).push(c);
    }
    if (c.qualifier !== "exact" && c.qualifier !== "at_least") continue;
    const within = recalledWithin(key, c);
    if (c.event_type !== "strike" && !toldByPeriod(key, c)) continue;
    const figure = figureOf(c);
    if (c.qualifier === "at_least") {
      // (only a round bound: "more than 60" is a toll rounded down, "at least 19 children" a count of its own)
      if (within) {
        if (c.value % BOUND_ROUND === 0) bounds.push({ key, claim: c, within });
      }
      else if (key.startsWith("strike|")) entryOf(entryOf(boundGivers, slotOf(key, c), () => new Map()), c.value, () => new Set()).add(c.article_id);
      continue;
    }
    if (within) recalled.push({ key, claim: c, figure, within });
    else if (key.startsWith("strike|")) {
      entryOf(dated, figure, () => new Set()).add(key);
      const by = `${key}|${figure}`;
      entryOf(givers, by, () => new Set()).add(c.article_id);
      const slot = slotOf(key, c);
      entryOf(told, slot, () => new Set()).add(c.value);
      entryOf(entryOf(exactGivers, slot, () => new Map()), c.value, () => new Set()).add(c.article_id);
      entryOf(keysOfMetric, `${c.attacker}|${c.target_country}|${c.metric}`, () => new Set()).add(key);
    }
  }
  // (a period's figure the strike's reports give other values of: the period's own count, not the strike's; and one report
  // alone is not enough to say a period's figure is a strike's: a weekly count misread as the night's)
  const belied = (at: string, k: string) =>
    (sentences.get(at) ?? []).some((c) => {
      const values = told.get(`${k}|${c.attacker}|${c.target_country}|${c.metric}`);
      return values !== undefined && !fitsAny(c, values);
    });
  const found = new Map<string, Map<string, Set<string>>>(); // at → strike key → the report's figures it gives
  for (const { key, claim: c, figure, within: { from, to } } of recalled) {
    const at = atOf(key, c);
    const keys = entryOf(found, at, () => new Map());
    for (const k of dated.get(figure) ?? []) {
      const end = keyEnd(k);
      if (end >= from && end <= to && (!toldByPeriod(key, c) || (givers.get(`${k}|${figure}`)?.size ?? 0) > 1) && !belied(at, k)) entryOf(keys, k, () => new Set()).add(figure);
    }
  }
  for (const { key, claim: c, within: { from, to } } of bounds) {
    const at = atOf(key, c);
    const keys = entryOf(found, at, () => new Map());
    for (const k of keysOfMetric.get(`${c.attacker}|${c.target_country}|${c.metric}`) ?? []) {
      const end = keyEnd(k);
      if (end < from || end > to || belied(at, k)) continue;
      const articles = boundBorneOutBy(c.value!, exactGivers.get(slotOf(k, c)), boundGivers.get(slotOf(k, c)));
      if (articles.size > (toldByPeriod(key, c) ? 1 : 0)) entryOf(keys, k, () => new Set()).add(`${figureOf(c)}|bound`);
    }
  }
  const reports = new Map<string, string>();
  const moved = new Map<string, string>();
  for (const [at, keys] of found) {
    const to = bestBorneOut(keys);
    if (to) (sentences.has(at) ? moved : reports).set(at, to);
  }
  return { reports, sentences: moved };
}

/** How far above a recalled bound a strike's exact figure may lie and still be what "more than 60" rounds down. */
const BOUND_SPAN = 1.2;

/** What a recalled bound is a multiple of when it is a toll rounded down ("more than 60", "over 100"). */
const BOUND_ROUND = 10;

/**
 * The articles whose figures of a strike bear out a recalled bound ("In April 2022, a missile strike on the railway station
 * in Kramatorsk killed more than 60"): the same bound, or an exact figure at or just above it (61, not 30 nor 200: a bound
 * is the figure rounded down to a round number, never far under it).
 */
export function boundBorneOutBy(
  bound: number,
  exact: ReadonlyMap<number, ReadonlySet<string>> | undefined,
  bounds: ReadonlyMap<number, ReadonlySet<string>> | undefined,
): Set<string> {
  const articles = new Set<string>(bounds?.get(bound) ?? []);
  for (const [v, as] of exact ?? []) if (v >= bound && v <= bound * BOUND_SPAN) for (const a of as) articles.add(a);
  return articles;
}

/**
 * The one strike a recalled report's figures fit: the only one, or the one that gives more of them than any other and
 * two at least ("fired 84 cruise missiles and 24 drones … 43 missiles and 13 drones were shot down" is the strike that
 * gives 84, 24 and 43, not one whose reports give 13 drones shot down). Null when two fit it as well.
 */
export function bestBorneOut(keys: ReadonlyMap<string, ReadonlySet<string>>): string | null {
  if (keys.size === 1) return [...keys.keys()][0]!;
  const ranked = [...keys].sort((a, b) => b[1].size - a[1].size);
  const [first, second] = ranked;
  return first && second && first[1].size >= 2 && first[1].size > second[1].size ? first[0] : null;
}

/** Whether some value a strike's reports give bears out a figure: "at least 286" is borne out by 300, not by 33. */
function fitsAny(c: ArticleClaim, values: ReadonlySet<number>): boolean {
  const v = c.value!;
  if (c.qualifier === "at_least") return [...values].some((x) => x >= v);
  if (c.qualifier === "at_most") return [...values].some((x) => x <= v);
  return values.has(v);
}

/**
 * A sentence filed under a strike whose counts are another strike's: a round-up or an analysis that dates its recalled
 * barrages wrongly ("Zelensky said Russia had fired 93 missiles, of which 81 were shot down" read as the night of the
 * November barrage, when 93 and 81 are December's). Its counts that no other report gives for the strike it is filed under
 * (all of them, or those a sentence sets beside its own night's: "Monday's 355 drones beat Sunday's barrage of 298 drones
 * and 69 missiles") either contradict what most of those reports give or are the only counts of that strike, a telling one
 * (≥ 50, not round) is given by two other articles for one other strike of the year before the article, and that strike's
 * reports give two of them and every one they have a value for. Those counts move there, with the sentence's other claims
 * when they are all of its counts. Returns `article|quote_start|key` → the key a whole sentence joins, and the counts that
 * join another key without their sentence.
 */
function misfiledSentences(entries: readonly Keyed[]): { sentences: Map<string, string>; counts: Map<ArticleClaim, string> } {
  const given = new Map<string, Map<string, Map<number, Set<string>>>>(); // key → slot → value → articles
  const byFigure = new Map<string, Set<string>>(); // attacker|target|slot|value → strike keys
  const sentences = new Map<string, ArticleClaim[]>(); // article|quote_start|key → its counts
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key) || !NIGHT_COUNTS.has(c.metric) || c.value === null || c.qualifier !== "exact" || c.part) continue;
    const slots = entryOf(given, key, () => new Map());
    for (const slot of [slotOf(c), anySide(c)]) {
      const values = entryOf(slots, slot, () => new Map());
      entryOf(values, c.value, () => new Set()).add(c.article_id);
      const figure = `${c.attacker}|${c.target_country}|${slot}|${c.value}`;
      entryOf(byFigure, figure, () => new Set()).add(key);
    }
    const at = `${c.article_id}|${c.quote_start}|${key}`;
    entryOf(sentences, at, () => []).push(c);
  }
  // the values other articles than `article` give for a slot under `key`, and the one most of them give
  // (counted in place, not by copying each value's articles: it runs for every count of every report)
  const givers = (as: ReadonlySet<string> | undefined, article: string) => (as ? as.size - (as.has(article) ? 1 : 0) : 0);
  const others = (key: string, slot: string, article: string) => {
    const values = new Set<number>();
    const most = new Set<number>();
    let top = 0;
    for (const [v, as] of given.get(key)?.get(slot) ?? []) {
      const n = givers(as, article);
      if (n === 0) continue;
      values.add(v);
      if (n > top) {
        top = n;
        most.clear();
      }
      if (n === top) most.add(v);
    }
    return { values, most };
  };
  // (a count no side is named for is looked up among every side's: "beat Sunday's barrage of 298 drones" is the Air Force's 298)
  const askSlot = (c: ArticleClaim) => (c.claimant_side === "unknown" ? anySide(c) : slotOf(c));
  const moved = new Map<string, string>();
  const movedCounts = new Map<ArticleClaim, string>();
  for (const [at, told] of sentences) {
    const key = at.slice(at.indexOf("|", at.indexOf("|") + 1) + 1);
    const { article_id: article, published } = told[0]!;
    const inYear = yearBefore(published);
    // (a sentence that sets two nights side by side, "Monday's total of 355 drones … beat Sunday's barrage of 298 drones and
    // 69 missiles": the counts other reports of its strike give stay with it, the others may be another strike's)
    const unborne = told.map((c) => ({ c, o: others(key, askSlot(c), article) })).filter(({ c, o }) => !o.values.has(c.value!));
    if (unborne.length === 0) continue;
    const counts = unborne.map(({ c }) => c);
    const here = unborne.map(({ o }) => o);
    // (belying what most reports of its strike give, or the one report of it that counts anything: "Two nights later Russia
    // fires 407 drones and 45 missiles" read two nights after the airbases, not after the call it follows)
    const belies = here.some((o, i) => o.values.size > 0 && !o.most.has(counts[i]!.value!));
    if (!belies && ![...(given.get(key)?.values() ?? [])].every((values) => [...values.values()].every((as) => givers(as, article) === 0))) continue;
    const candidates = new Set<string>();
    for (const c of counts) {
      if (!tellsNight(c)) continue;
      for (const k of byFigure.get(`${c.attacker}|${c.target_country}|${askSlot(c)}|${c.value}`) ?? []) {
        if (k === key || !inYear(k)) continue;
        // (given there by two articles at least: one other misfiled report does not make a strike of its count)
        if (givers(given.get(k)?.get(askSlot(c))?.get(c.value!), article) > 1) candidates.add(k);
      }
    }
    // (two of its counts given there, and none belied: one count shared with another night is a coincidence of size)
    const fits = [...candidates].filter((k) => {
      const there = counts.map((c) => others(k, askSlot(c), article));
      return there.every((o, i) => o.values.size === 0 || o.values.has(counts[i]!.value!)) && there.filter((o, i) => o.values.has(counts[i]!.value!)).length > 1;
    });
    if (fits.length !== 1) continue;
    if (counts.length === told.length) moved.set(at, fits[0]!);
    else for (const c of counts) movedCounts.set(c, fits[0]!);
  }
  return { sentences: moved, counts: movedCounts };
}

/**
 * An article's tolls of a strike told under another day or night: a round-up's or a live page's retelling dated wrongly
 * ("By Tuesday evening Lysak reported 17 dead … 279 people had been injured, among them 27 children" read as the night
 * before the daytime strike on Dnipro). Its tolls of 10 or more give a death toll and an injury toll that two other articles
 * at least give for one strike of the year before the article (the same attacker and target, places that agree), more than
 * give them where it stands, and no other strike gives both: each of its sentences whose every toll of 10 or more those
 * reports give moves there. Tolls grow, so a strike rarely repeats another's dead and injured exactly; a count alone
 * ("12 killed"), or two of one toll ("rose from 11 to 13"), tells no strike. Returns `article|quote_start|key` → the key
 * they join.
 */
function retoldTolls(entries: readonly Keyed[]): Map<string, string> {
  const givers = new Map<string, Set<string>>(); // key|attacker|target|metric|value → the articles giving it
  const keysOf = new Map<string, Set<string>>(); // attacker|target|metric|value → strike keys
  const placed = placesNamed(entries); // key → places
  const sentences = new Map<string, Map<string, ArticleClaim[]>>(); // article|key → article|quote_start|key → its tolls of 10 or more
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key)) continue;
    // (exact tolls only: "more than 10 killed" is many strikes' toll)
    if (!isToll(c.metric) || c.value === null || c.value < RECALLED_MIN || c.qualifier !== "exact") continue;
    const figure = figureOf(c);
    entryOf(keysOf, figure, () => new Set()).add(key);
    const by = `${key}|${figure}`;
    entryOf(givers, by, () => new Set()).add(c.article_id);
    const report = `${c.article_id}|${key}`;
    const own = entryOf(sentences, report, () => new Map());
    const at = `${c.article_id}|${c.quote_start}|${key}`;
    entryOf(own, at, () => []).push(c);
  }
  const othersGiving = (key: string, c: ArticleClaim) => {
    const as = givers.get(`${key}|${figureOf(c)}`);
    return as ? as.size - (as.has(c.article_id) ? 1 : 0) : 0;
  };
  const moved = new Map<string, string>();
  for (const [report, own] of sentences) {
    const key = report.slice(report.indexOf("|") + 1);
    const tolls = [...own.values()].flat();
    const inYear = yearBefore(tolls[0]!.published);
    const places = new Set(tolls.flatMap((c) => c.places));
    // candidate key → the tolls of this report that two other articles at least give there, more than give them here
    const shown = new Map<string, Set<ArticleClaim>>();
    for (const c of tolls) {
      for (const k of keysOf.get(figureOf(c)) ?? []) {
        if (k === key || !inYear(k)) continue;
        const there = othersGiving(k, c);
        // (given there by twice as many other articles as here, and two at least: a strike that a few other reports bear
        // out stays, whatever a year's other strike repeats of it)
        if (there < 2 * (othersGiving(key, c) + 1)) continue;
        entryOf(shown, k, () => new Set()).add(c);
      }
    }
    const placesAgree = (k: string) => samePlaces(places, placesAt(placed, k));
    // (two exact tolls can be another strike's by chance, "18 killed, 61 injured" in Kryvyi Rih and in Chernihiv a year
    // before: two tell it only where no other report of this strike gives them; three, whatever one other report repeats)
    const tells = (cs: ReadonlySet<ArticleClaim>) => {
      const figures = new Set([...cs].map(figureOf));
      return new Set([...cs].map((c) => c.metric)).size > 1 && (figures.size > 2 || [...cs].every((c) => othersGiving(key, c) === 0));
    };
    const fits = [...shown].filter(([k, cs]) => tells(cs) && placesAgree(k));
    if (fits.length !== 1) continue;
    const [to, shownThere] = fits[0]!;
    for (const [at, t] of own) if (t.every((c) => shownThere.has(c))) moved.set(at, to);
  }
  return moved;
}

const figureOf = (c: ArticleClaim) => `${c.attacker}|${c.target_country}|${c.metric}|${c.value}`;

/** How far before its article a strike a misfiled sentence tells is looked for. */
const MISFILED_LOOKBACK_DAYS = 366;

/** Whether a strike key ended in the year before an article published then (any strike, for an undated article). */
function yearBefore(published: string | null | undefined): (key: string) => boolean {
  if (!published) return () => true;
  const from = addDays(published, -MISFILED_LOOKBACK_DAYS);
  return (key) => {
    const end = keyEnd(key);
    return end <= published && end >= from;
  };
}

// daylight by the clock (not "daytime", which the morning a night ran into is too), and the night named as such
const AFTERNOON_SAID = /\b(?:afternoon|midday|noon)\b/i;
const OVERNIGHT_SAID = /\b(?:overnight|early)\b/i;

/**
 * A daytime strike and the night that ended that day that are one attack: "Early on Thursday Russia fired 26 missiles … of
 * which 13 were shot down" read as the night, "On Thursday Russia fired 26 missiles … in a daytime attack" as the day. They
 * share two exact counts at least (same metric, weapon and claimant side), contradict each other on none, and the night
 * counts no weapon the day does not; nor when a report of the day puts it in the afternoon or at midday and one of the night
 * calls it overnight or early. Returns the day's key → the night's.
 */
function daylightOfNight(entries: readonly Keyed[]): Map<string, string> {
  const figures = new Map<string, Map<string, Set<number>>>(); // key → slot → values
  // (a day told by its hours and a night told as such are two attacks, whatever they count: "On Thursday afternoon … in a
  // daytime attack" beside "Early on Thursday …"; a "daytime attack" alone may be the morning the night ran into)
  const saidAfternoon = new Set<string>();
  const saidOvernight = new Set<string>();
  for (const { key, claim: c } of entries) {
    if (!isStrikeKey(key)) continue;
    const daylit = key.endsWith("|day");
    if ((daylit ? AFTERNOON_SAID : OVERNIGHT_SAID).test(c.quote)) (daylit ? saidAfternoon : saidOvernight).add(key);
    if (!NIGHT_COUNTS.has(c.metric) || c.value === null || c.qualifier !== "exact" || c.part) continue;
    const slots = entryOf(figures, key, () => new Map());
    entryOf(slots, slotOf(c), () => new Set()).add(c.value);
  }
  // (by metric and weapon, whoever gives them: a claimant misread, "the Air Force said" taken for the other side, is no
  // other attack)
  const counted = (slots: ReadonlyMap<string, unknown>) => new Set([...slots.keys()].map((slot) => slot.slice(0, slot.lastIndexOf("|"))));
  const joined = new Map<string, string>();
  for (const [key, day] of figures) {
    if (!key.endsWith("|day")) continue;
    const nightKey = strikeKeyAt(key, 0, "");
    const night = figures.get(nightKey);
    if (!night || (saidAfternoon.has(key) && saidOvernight.has(nightKey))) continue;
    let shared = 0;
    let clash = false;
    for (const [slot, values] of day) {
      const there = night.get(slot);
      if (!there) continue;
      if ([...values].some((v) => there.has(v))) shared++;
      if ([...values].some((v) => !there.has(v)) || [...there].some((v) => !values.has(v))) clash = true;
    }
    // (a night that counts a weapon the daytime strike does not is a night of its own: "33 drones overnight" beside the
    // midday ATACMS on Sevastopol)
    const byDay = counted(day);
    if (shared >= 2 && !clash && [...counted(night)].every((w) => byDay.has(w))) joined.set(key, nightKey);
  }
  return joined;
}

/** Files each claim under the key `moved` gives for it, looked up by `at` (a report, a sentence, or the claim itself). */
function moveBy<K>(keyed: Keyed[], moved: ReadonlyMap<K, string>, at: (k: Keyed) => K): void {
  if (moved.size === 0) return; // (most runs move few reports or none: no lookup key per claim then)
  for (const k of keyed) k.key = moved.get(at(k)) ?? k.key;
}
/** `article|key`: a report of one article under one key. */
const reportAt = (k: Keyed) => `${k.claim.article_id}|${k.key}`;
/** `article|quote_start|key`: one sentence of a report. */
const sentenceAt = (k: Keyed) => `${k.claim.article_id}|${k.claim.quote_start}|${k.key}`;
const claimAt = (k: Keyed) => k.claim;

/** A count that tells its night: large and not round ("120 missiles", not "100 drones"). */
const tellsNight = (c: ArticleClaim) => NIGHT_COUNTS.has(c.metric) && c.value !== null && c.qualifier === "exact" && !c.part && c.value >= FINGERPRINT_MIN && !isRoundCount(c.value);

/**
 * The sentences (`article|quote_start`) that date a barrage by its day with no daylight said, and give a telling count that
 * another article gives for the night that ended that day: the night's attack told by its morning ("On Sunday morning Russia
 * launched 120 missiles and 90 drones", beside "120 missiles and 90 drones overnight" in other reports). Their reports too
 * (`article|localKey`), where the article saw no daylight in them.
 */
function nightCountsTold(results: readonly ArticleResult[]): Set<string> {
  const byNight = new Map<string, Set<string>>(); // night key|metric|weapon|value → articles
  // (the same count given for the daylight strike of that day is no sign of the night: a 2022 barrage came by day, and a
  // report that read it as overnight does not pull the others from it)
  const byDay = new Set<string>(); // daytime key|metric|weapon|value
  for (const r of results) {
    for (const c of r.claims) {
      if (c.event_type !== "strike" || !tellsNight(c)) continue;
      const at = `${eventKey(c)}|${c.metric}|${c.weapon}|${c.value}`;
      if (c.daytime) byDay.add(at);
      else if (c.date_precision === "night") entryOf(byNight, at, () => new Set()).add(c.article_id);
    }
  }
  const told = new Set<string>();
  if (byNight.size === 0) return told;
  for (const r of results) {
    for (const c of r.claims) {
      if (c.event_type !== "strike" || c.date_precision !== "day" || c.daytime || !tellsNight(c)) continue;
      const figure = `|${c.metric}|${c.weapon}|${c.value}`;
      const articles = byNight.get(`${eventKey(c)}${figure}`);
      if (articles && [...articles].some((a) => a !== c.article_id) && !byDay.has(`${eventKey(c, true)}${figure}`)) {
        told.add(`${c.article_id}|${c.quote_start}`);
        // (not a group its article saw daylight in: "On Sunday morning … 120 missiles" in a report of the Sumy strike that evening)
        if (c.localKey.split("|")[4] !== "day") told.add(`${c.article_id}|${c.localKey}`);
      }
    }
  }
  return told;
}

/** Each claim's place, where its day's key holds strikes on places told apart (see placesApart, targetsApart). */
function strikesByPlace(keyed: readonly Keyed[], sameNight: ReadonlyMap<string, string>, syndicatedOf: ReadonlyMap<string, string>): Map<ArticleClaim, string> {
  const groups = new Map<string, ArticleClaim[]>();
  for (const { key, claim } of keyed) {
    const final = sameNight.get(key) ?? key;
    if (!isStrikeKey(final)) continue;
    entryOf(groups, final, () => []).push(claim);
  }
  const out = new Map<ArticleClaim, string>();
  const sourceOf = (a: string) => syndicatedOf.get(a) ?? a;
  for (const claims of groups.values()) for (const [c, p] of placesApart(claims, sourceOf) ?? targetsApart(claims, sourceOf) ?? []) out.set(c, p);
  return out;
}

/** Claims of every article → deduplicated strike events, claims with event ids, and contacts. */
export function buildDatasets(results: readonly ArticleResult[], syndicatedOf: ReadonlyMap<string, string> = new Map()): Datasets {
  const groups = new Map<string, ClaimRecord[]>();
  const partIds = new Set<string>();
  // A strike dated only to a day joins that day's daytime strike when another report places one
  // there ("a strike on Belgorod killed 24 on Dec. 30" is the afternoon strike, not the night before).
  // (unless other reports also name the night that ended that day and the claim's places are only that
  // night's: "on Sunday … in Kharkiv" is the Kharkiv night, not the Kryvyi Rih strike that evening)
  const daytimeKeys = new Set<string>();
  const placesOf = new Map<string, Set<string>>();
  for (const r of results) {
    for (const c of r.claims) {
      if (c.date_precision !== "night" && !c.daytime) continue;
      const key = eventKey(c);
      if (c.daytime) daytimeKeys.add(key);
      const set = placesOf.get(key) ?? new Set<string>();
      for (const p of c.places) set.add(p);
      placesOf.set(key, set);
    }
  }
  // (nor a barrage told by its day whose counts other reports give for the night that ended it: "On Sunday morning Russia
  // launched 120 missiles and 90 drones" is that night's attack, not the missile that hit Sumy that evening)
  const nightTold = nightCountsTold(results);
  const keyOf = (c: ArticleClaim) => {
    const own = eventKey(c);
    const dayKey = c.date_precision === "day" && !c.daytime ? eventKey(c, true) : null;
    if (!dayKey || !daytimeKeys.has(dayKey) || nightTold.has(`${c.article_id}|${c.quote_start}`)) return own;
    const night = placesOf.get(own);
    const day = placesOf.get(dayKey);
    // (the rest of a report whose barrage is the night's is the night's too, "Another 41 drones were locationally lost", but
    // for a place only the daytime strike has)
    if (nightTold.has(`${c.article_id}|${c.localKey}`)) return c.places.some((p) => day?.has(p) && !night?.has(p)) ? dayKey : own;
    const onlyNight = night !== undefined && c.places.length > 0 && c.places.some((p) => night.has(p)) && !c.places.some((p) => day?.has(p));
    return onlyNight ? own : dayKey;
  };
  // each claim's key, in claim order: computed once (at 100,000 articles every recomputation is ~0.4M strings)
  const keyed = results.flatMap((r) => r.claims.map((c) => ({ key: keyOf(c), claim: c })));
  moveBy(keyed, misdatedReports(keyed), reportAt);
  // (a report's sentence of the next night first: left there, it would pull that night's lone report to this one)
  moveBy(keyed, sentencesADayOff(keyed), sentenceAt);
  moveBy(keyed, strayReports(keyed), reportAt);
  const recalled = recalledStrikes(keyed);
  moveBy(keyed, recalled.reports, reportAt);
  moveBy(keyed, recalled.sentences, sentenceAt);
  const misfiled = misfiledSentences(keyed);
  moveBy(keyed, misfiled.sentences, sentenceAt);
  moveBy(keyed, misfiled.counts, claimAt);
  moveBy(keyed, retoldTolls(keyed), sentenceAt);
  moveBy(keyed, daylightTolls(keyed), sentenceAt);
  moveBy(keyed, tollsOfTheDayBefore(keyed), sentenceAt);
  moveBy(keyed, countsOfTheDay(keyed), sentenceAt);
  moveBy(keyed, straysRetold(keyed), claimAt);
  moveBy(keyed, periodTotalsApart(keyed), sentenceAt);
  const sameNight = nightsSharingFigures(keyed);
  // (a daytime strike joins its night, or the night that night joined)
  for (const [from, to] of daylightOfNight(keyed)) sameNight.set(from, sameNight.get(to) ?? to);
  // an event's id hashes its key: once per event, not once per claim (~40,000 hashes for ~2,000 events at 10,000 articles)
  const eventIds = new Map<string, string>();
  const eventIdOf = (key: string) => entryOf(eventIds, key, () => contentId("evt", key));
  const placeOf = strikesByPlace(keyed, sameNight, syndicatedOf);
  for (const { key: first, claim: c } of keyed) {
    const final = sameNight.get(first) ?? first;
    const place = placeOf.get(c);
    const event_id = eventIdOf(place ? `${final}|@${place}` : final);
    const { localKey, part, daytime, also_claimed_by, naval, ...rest } = c;
    // (the weapon too: "Russia fired 19 missiles and 19 drones" is two figures in one sentence)
    const claim: ClaimRecord = {
      claim_id: contentId("clm", c.article_id, c.metric, c.quote_start, c.value_text, c.claimant_side, localKey, c.weapon),
      event_id,
      ...rest,
      also_claimed_by: [...(also_claimed_by ?? [])],
    };
    if (part) partIds.add(claim.claim_id);
    const list = groups.get(event_id) ?? [];
    list.push(claim);
    groups.set(event_id, list);
  }

  const strikes: StrikeRecord[] = [];
  for (const [event_id, claims] of groups) {
    // (a strike that a round-up's sentence joined, told by its month, is still the strike its own reports tell, of their day)
    const first = claims.find((c) => c.event_type === "strike") ?? claims[0]!;
    const articles = [...new Set(claims.map((c) => c.article_id))].sort(byString);
    const sources = new Set(articles.map((a) => syndicatedOf.get(a) ?? a));
    const dated = claims.filter((c) => c.date_start);
    // A night span beats a single day reported for the same event, and a day beats the month a recalling report gives.
    const span = dated.find((c) => c.date_precision === "night") ?? dated.find((c) => c.date_precision === "day") ?? dated[0];
    const published = claims.map((c) => c.published).filter((p): p is string => p !== null).sort(byString);
    const { columns, disputed } = reconcile(claims, partIds);
    strikes.push({
      event_id,
      event_type: first.event_type,
      attacker: first.attacker,
      target_country: first.target_country,
      weapon: eventWeapon(claims),
      date_start: span?.date_start ?? null,
      date_end: span?.date_end ?? null,
      date_precision: span?.date_precision ?? null,
      places: [...new Set(claims.flatMap((c) => c.places))].sort(byString),
      ...columns,
      disputed,
      claim_count: claims.length,
      source_count: sources.size,
      article_ids: articles,
      first_reported: published[0] ?? null,
      last_reported: published.at(-1) ?? null,
    });
  }
  strikes.sort((a, b) => cmpNullLast(a.date_start, b.date_start) || byString(a.event_id, b.event_id));

  const claims = recalledDates([...groups.values()].flat(), syndicatedOf).sort(
    (a, b) => cmpNullLast(a.date_start, b.date_start) || byString(a.event_id, b.event_id) || byString(a.article_id, b.article_id) || a.quote_start - b.quote_start || byString(a.metric, b.metric) || byString(a.claim_id, b.claim_id),
  );
  const diplomacy = buildDiplomacy(results, syndicatedOf);
  return { claims, strikes, diplomacy, events: buildTimeline(strikes, diplomacy) };
}

const family = (k: string) => (k === "phone_call" ? "call" : "in-person");

/** The same call or meeting reported by several outlets: same kind family, same day, two shared participants. */
function buildDiplomacy(results: readonly ArticleResult[], syndicatedOf: ReadonlyMap<string, string>): DiplomacyRecord[] {
  const clusters: Array<{ contacts: ArticleContact[] }> = [];
  const blocks = new Map<string, Array<{ contacts: ArticleContact[] }>>();
  const all = results.flatMap((r) => r.contacts);
  for (const c of all) {
    const block = c.date ? `${family(c.kind)}|${c.date}` : `${family(c.kind)}|${c.article_id}|${c.quote_start}`;
    const candidates = blocks.get(block) ?? [];
    // (not one its own article told apart from a contact of some of the same people: "Erdogan and Guterres met Zelensky …
    // Before the three-way talks, Erdogan and Zelensky held a bilateral meeting" are two meetings)
    // (nor a group's contact and one of some of its members: "the G7 leaders" on a video call, and Zelensky's call with Scholz)
    // (nor a second contact of an article already in the cluster: its reader told them apart, and a third article's contact that
    // shares two people with each, "Putin met Xi and Erdogan", must not make one of "Putin met Xi" and "He also met Erdogan")
    const hit = candidates.find((k) => !k.contacts.some((m) => m.article_id === c.article_id || groupApart(m, c)) && k.contacts.some((m) => sharedParticipants(m.participants, c.participants) >= 2));
    if (hit) hit.contacts.push(c);
    else {
      const cluster = { contacts: [c] };
      candidates.push(cluster);
      blocks.set(block, candidates);
      clusters.push(cluster);
    }
  }
  const rows = clusters.map(({ contacts }) => {
    const sorted = [...contacts].sort((a, b) => byString(a.article_id, b.article_id) || a.quote_start - b.quote_start);
    const lead = sorted[0]!;
    const participants = [...new Set(sorted.flatMap((c) => c.participants))].sort(byString);
    const articles = [...new Set(sorted.map((c) => c.article_id))].sort(byString);
    const kind = sorted.find((c) => c.kind === "meeting")?.kind ?? lead.kind;
    return {
      event_id: contentId("dip", family(kind), lead.date ?? `${lead.article_id}|${lead.quote_start}`, participants.slice(0, 2).join("+")),
      kind,
      date: lead.date,
      participants,
      place: sorted.find((c) => c.place)?.place ?? null,
      source_count: new Set(articles.map((a) => syndicatedOf.get(a) ?? a)).size,
      article_ids: articles,
      article_id: lead.article_id,
      quote: lead.quote,
      quote_start: lead.quote_start,
      quote_end: lead.quote_end,
    } satisfies DiplomacyRecord;
  });
  return uniqueContactIds(rows).sort((a, b) => cmpNullLast(a.date, b.date) || byString(a.event_id, b.event_id));
}

/**
 * Two contacts of one day can share their first two participants (Tusk and Nawrocki each spoke with
 * Rutte and, separately, with Zelensky on 10 Sept 2025): those ids take every participant, and the
 * lead quote if that is not enough. Ids that were unique stay as they are.
 */
export function uniqueContactIds(rows: readonly DiplomacyRecord[]): DiplomacyRecord[] {
  const count = (rs: readonly DiplomacyRecord[]) => {
    const n = new Map<string, number>();
    for (const r of rs) n.set(r.event_id, (n.get(r.event_id) ?? 0) + 1);
    return n;
  };
  const first = count(rows);
  const widened = rows.map((r) => (first.get(r.event_id) === 1 ? r : { ...r, event_id: contentId("dip", family(r.kind), r.date ?? `${r.article_id}|${r.quote_start}`, r.participants.join("+")) }));
  const second = count(widened);
  return widened.map((r) => (second.get(r.event_id) === 1 ? r : { ...r, event_id: contentId("dip", r.event_id, r.article_id, r.quote_start) }));
}
