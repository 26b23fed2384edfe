import { type Article, type ClaimRecord, type DatePrecision, type EventType, type Side, type Weapon, sentenceText } from "@salvo/core";
import { type Claimant, findClaimants, isPronounClaimant } from "./claimants.ts";
import { findTimeRefs, type TimeRef } from "./dates.ts";
import { attackerFromInterceptor, opposite, subjectAttacker } from "./direction.ts";
import { readFigures } from "./figures.ts";
import { AGGREGATE_CUES, BACKGROUND_CUES } from "./lexicon.ts";
import { countryOfPlaces, findPlaces } from "./places.ts";
import { tokenize, type Token } from "./tokens.ts";

/** A claim as read from one article, before events are matched across articles. */
export type ArticleClaim = Omit<ClaimRecord, "claim_id" | "event_id"> & {
  /** Groups the claims of one event within this article. */
  readonly localKey: string;
  /** A sub-count of a total stated beside it: kept as evidence, left out of reconciliation. */
  readonly part: boolean;
};

interface Context {
  attacker: Side;
  target: Side;
  start: string | null;
  end: string | null;
  precision: DatePrecision | null;
}

/** A cue phrase within `reach` tokens of token `at` (a period cue at the far end of a long sentence is about something else). */
const hasPhraseNear = (tokens: readonly Token[], phrases: ReadonlyArray<readonly string[]>, at: number, reach: number) =>
  phrases.some((p) => tokens.some((_, i) => Math.abs(i - at) <= reach && p.every((w, k) => tokens[i + k]?.norm === w)));

function nearestRef(refs: readonly TimeRef[], at: number): TimeRef | null {
  let best: TimeRef | null = null;
  for (const r of refs) if (!best || Math.abs(r.at - at) < Math.abs(best.at - at)) best = r;
  return best;
}

/** Splits token indexes into clauses at ";" and ", but": attribution does not cross them. */
function clauseOf(tokens: readonly Token[], i: number): [number, number] {
  let from = 0;
  let to = tokens.length - 1;
  for (let k = 0; k < tokens.length; k++) {
    const isBreak = tokens[k]!.norm === ";" || (tokens[k]!.norm === "but" && tokens[k - 1]?.norm === ",");
    if (!isBreak) continue;
    if (k < i) from = k + 1;
    else {
      to = k - 1;
      break;
    }
  }
  return [from, to];
}

function pickClaimant(claimants: readonly Claimant[], tokens: readonly Token[], i: number): Claimant | "none-in-clause" | null {
  if (claimants.length === 0) return null;
  const [from, to] = clauseOf(tokens, i);
  const inClause = claimants.filter((c) => c.at >= from && c.at <= to);
  if (inClause.length === 0) return "none-in-clause";
  return inClause.reduce((a, b) => (Math.abs(b.at - i) < Math.abs(a.at - i) ? b : a));
}

/** Every figure of an article with its claimant, side, direction, date and places. Pure. */
export function extractClaims(article: Article): ArticleClaim[] {
  const published = article.meta.published;
  const claims: ArticleClaim[] = [];
  let lead: Context | null = null;
  const byAttacker = new Map<Side, Context>();
  let paragraphContext: Context | null = null;
  let paragraphClaimant: Claimant | null = null;
  let lastNamed: Claimant | null = null;
  let paragraph = -1;
  let antecedent: Weapon | null = null;
  const articleMentions = { drone: /\bdrones?\b|\bUAVs?\b|Shahed/i.test(article.text), missile: /\bmissiles?\b/i.test(article.text) };

  for (const s of article.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      paragraphContext = null;
      paragraphClaimant = null;
    }
    const text = sentenceText(article, s);
    const tokens = tokenize(text, s.start);
    const found = findClaimants(tokens).map((c) => (isPronounClaimant(c) && lastNamed ? { ...lastNamed, at: c.at } : c));
    const named = found.find((c) => !isPronounClaimant(c));
    const figures = readFigures(tokens, antecedent);
    if (figures.length === 0) {
      if (named) lastNamed = named;
      continue;
    }
    const refs = findTimeRefs(text, published);
    const places = findPlaces(text);
    const subject = subjectAttacker(tokens, tokens.length - 1);
    const placeSide = countryOfPlaces(places);

    for (const f of figures) {
      if (f.weapon) antecedent = f.weapon;
      const aggregate = hasPhraseNear(tokens, AGGREGATE_CUES, f.first, 8);
      const background = hasPhraseNear(tokens, BACKGROUND_CUES, f.first, 8);
      const picked = pickClaimant(found, tokens, f.first);
      const claimant: Claimant | null =
        picked === null ? paragraphClaimant : picked === "none-in-clause" ? (paragraphClaimant ?? found[0] ?? null) : picked;
      const attacker: Side =
        f.nationality ??
        subject ??
        (placeSide ? opposite(placeSide) : null) ??
        attackerFromInterceptor(claimant?.side ?? "unknown", f.metric) ??
        paragraphContext?.attacker ??
        lead?.attacker ??
        "RU";
      const target = opposite(attacker);
      const ref = nearestRef(refs, f.valueStart - s.start);
      const periodRef = ref && (ref.precision === "week" || ref.precision === "month" || ref.precision === "year");
      const eventType: EventType = aggregate || periodRef ? "aggregate" : "strike";
      let date: Pick<Context, "start" | "end" | "precision">;
      if (ref) date = { start: ref.start, end: ref.end, precision: ref.start ? ref.precision : null };
      else if (eventType === "aggregate" || background) date = { start: null, end: null, precision: null };
      else {
        const inherit = (paragraphContext?.attacker === attacker ? paragraphContext : null) ?? byAttacker.get(attacker) ?? lead;
        date = inherit ? { start: inherit.start, end: inherit.end, precision: inherit.precision } : { start: null, end: null, precision: null };
      }
      const context: Context = { attacker, target, ...date };
      if (eventType === "strike" && !background) {
        lead ??= context;
        paragraphContext = context;
        byAttacker.set(attacker, context);
      }
      const side = claimant ? (claimant.side === "local" ? target : claimant.side) : "unknown";
      const localKey = [eventType, attacker, target, date.end ?? "?", background || (eventType === "aggregate" && !date.end) ? `s${s.index}` : ""].join("|");
      claims.push({
        localKey,
        part: f.part,
        event_type: eventType,
        article_id: article.id,
        claimant: claimant?.name ?? null,
        claimant_side: side,
        attacker,
        target_country: target,
        weapon: f.weapon ?? "mixed",
        metric: f.metric,
        value: f.value,
        value_text: article.text.slice(f.valueStart, f.valueEnd),
        qualifier: f.qualifier,
        date_start: date.start,
        date_end: date.end,
        date_precision: date.precision,
        places: places.map((p) => p.name),
        quote: text,
        quote_start: s.start,
        quote_end: s.end,
        published,
      });
    }
    if (named) {
      lastNamed = named;
      paragraphClaimant = named;
    }
  }
  return mergeRepeats(assignEventWeapons(claims, articleMentions));
}

/** Casualty figures count no weapon: they take their event's (drone, missile, or mixed when both are counted). */
function assignEventWeapons(claims: ArticleClaim[], mentions: { drone: boolean; missile: boolean }): ArticleClaim[] {
  const kinds = new Map<string, Set<Weapon>>();
  for (const c of claims) if (c.metric !== "killed" && c.metric !== "injured") {
    const set = kinds.get(c.localKey) ?? new Set<Weapon>();
    set.add(c.weapon);
    kinds.set(c.localKey, set);
  }
  const fallback: Weapon = mentions.drone && mentions.missile ? "mixed" : mentions.missile ? "missile" : "drone";
  return claims.map((c) => {
    if (c.metric !== "killed" && c.metric !== "injured") return c;
    const set = kinds.get(c.localKey);
    const weapon: Weapon = !set || set.size === 0 ? fallback : set.size === 1 ? [...set][0]! : "mixed";
    return { ...c, weapon };
  });
}

/** The same figure repeated in one article ("145 drones" in the lead and in a quote) is one claim. */
function mergeRepeats(claims: ArticleClaim[]): ArticleClaim[] {
  const seen = new Map<string, ArticleClaim>();
  for (const c of claims) {
    const key = [c.localKey, c.metric, c.value ?? c.value_text.toLowerCase(), c.qualifier, c.claimant_side, c.weapon].join("|");
    const prev = seen.get(key);
    if (!prev) seen.set(key, c);
    else if (!prev.claimant && c.claimant) seen.set(key, { ...c, quote: prev.quote, quote_start: prev.quote_start, quote_end: prev.quote_end, claimant: c.claimant });
  }
  return [...seen.values()];
}
