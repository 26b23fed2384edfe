import { type ClaimRecord, type DiplomacyRecord, type Metric, unaccented } from "@salvo/core";
import { canonicalPerson } from "@salvo/normalize";
import type { Gold } from "./gold.ts";

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** A figure is (article, metric, value); a vague amount is matched by its words. */
const figureKey = (article: string, metric: string, value: number | null, text: string) =>
  `${article}|${metric}|${value ?? `~${text.toLowerCase().replace(/\s+/g, " ").trim()}`}`;

interface GoldFigure {
  key: string;
  side: string;
  dateStart: string | null;
  dateEnd: string | null;
  attacker: string;
  event: string;
}

export interface Score {
  overall: Prf;
  byMetric: Record<Metric, Prf>;
  claimantSide: { correct: number; total: number };
  dates: { correct: number; total: number };
  diplomacy: Prf;
  diplomacyDates: { correct: number; total: number };
  dedup: Prf;
  /** Predicted figures with no gold counterpart (a reviewer reads these first). */
  invented: string[];
  missed: string[];
  /** Matched figures whose claimant side or dates disagree with the gold (verbose eval). */
  wrongSide: string[];
  wrongDates: string[];
  /** Article/event pairs salvo put in one event that the gold keeps apart (verbose eval). */
  wrongMerges: string[];
  /** Article pairs the gold puts in one event and salvo keeps apart, with the dates each was given (verbose eval). */
  wrongSplits: string[];
  /** Contacts missed, invented or misdated (verbose eval). */
  contactErrors: string[];
}

/** Compares predicted claims and contacts with the gold files of the same articles. */
export function score(gold: ReadonlyMap<string, Gold>, claims: readonly ClaimRecord[], contacts: readonly DiplomacyRecord[]): Score {
  const goldFigures: GoldFigure[] = [];
  for (const [article, g] of gold) {
    for (const s of g.strikes) {
      for (const c of s.claims) {
        goldFigures.push({ key: figureKey(article, c.metric, c.value, c.value_text), side: c.claimant_side, dateStart: s.date_start, dateEnd: s.date_end, attacker: s.attacker, event: s.key });
      }
    }
  }
  const predicted = claims.filter((c) => gold.has(c.article_id));
  const pool = new Map<string, GoldFigure[]>();
  for (const g of goldFigures) pool.set(g.key, [...(pool.get(g.key) ?? []), g]);

  const metrics: Metric[] = ["launched", "shot_down", "jammed", "neutralized", "hit", "killed", "injured"];
  const counts = Object.fromEntries(metrics.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<Metric, { tp: number; fp: number; fn: number }>;
  const side = { correct: 0, total: 0 };
  const dates = { correct: 0, total: 0 };
  const invented: string[] = [];
  const matched: Array<{ claim: ClaimRecord; gold: GoldFigure }> = [];
  const wrongSide: string[] = [];
  const wrongDates: string[] = [];
  const wrongMerges = new Set<string>();
  const wrongSplits = new Set<string>();
  const keys = new Map(predicted.map((c) => [c, figureKey(c.article_id, c.metric, c.value, c.value_text)]));
  const paired = pairUp(predicted, (c) => keys.get(c)!, pool);
  for (const c of predicted) {
    const key = keys.get(c)!;
    const g = paired.get(c);
    if (!g) {
      counts[c.metric].fp++;
      invented.push(`${key} «${c.quote.slice(0, 100)}»`);
      continue;
    }
    counts[c.metric].tp++;
    matched.push({ claim: c, gold: g });
    side.total++;
    if (g.side === c.claimant_side) side.correct++;
    else wrongSide.push(`${key} gold ${g.side}, got ${c.claimant_side} (${c.claimant ?? "no claimant"})`);
    dates.total++;
    if (g.dateStart === c.date_start && g.dateEnd === c.date_end) dates.correct++;
    else wrongDates.push(`${key} gold ${g.dateStart}..${g.dateEnd}, got ${c.date_start}..${c.date_end}`);
  }
  const missed: string[] = [];
  for (const [key, rest] of pool) {
    for (const _ of rest) {
      counts[key.split("|")[1] as Metric].fn++;
      missed.push(key);
    }
  }
  const byMetric = Object.fromEntries(metrics.map((m) => [m, prf(counts[m].tp, counts[m].fp, counts[m].fn)])) as Record<Metric, Prf>;
  const total = metrics.reduce((a, m) => ({ tp: a.tp + counts[m].tp, fp: a.fp + counts[m].fp, fn: a.fn + counts[m].fn }), { tp: 0, fp: 0, fn: 0 });

  return {
    overall: prf(total.tp, total.fp, total.fn),
    byMetric,
    claimantSide: side,
    dates,
    ...scoreDiplomacy(gold, contacts),
    dedup: pairwise(matched, wrongMerges, wrongSplits),
    invented,
    missed,
    wrongSide,
    wrongDates,
    wrongMerges: [...wrongMerges].sort(),
    wrongSplits: [...wrongSplits].sort(),
  };
}

/**
 * Pairs predicted claims with gold figures of the same key, taking those out of `pool` (what is left there was
 * missed); a claim left out of the map has none. The same number can stand in two events of one article (two nights
 * with 40 drones, one killed on each side of the border): the pairs that agree best are made first, so that a claim's
 * order in the file does not decide which event it is scored against. The attacker weighs most: a claim misdated by a
 * day is still of its direction's event, while two events of one article and date are told apart by direction.
 */
function pairUp(predicted: readonly ClaimRecord[], keyOf: (c: ClaimRecord) => string, pool: Map<string, GoldFigure[]>): Map<ClaimRecord, GoldFigure> {
  const fit = (c: ClaimRecord, x: GoldFigure) =>
    (x.attacker === c.attacker ? 4 : 0) + (x.dateEnd === c.date_end && x.dateStart === c.date_start ? 2 : 0) + (x.side === c.claimant_side ? 1 : 0);
  const byKey = new Map<string, ClaimRecord[]>();
  for (const c of predicted) {
    const key = keyOf(c);
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const paired = new Map<ClaimRecord, GoldFigure>();
  for (const [key, cs] of byKey) {
    const candidates = pool.get(key) ?? [];
    const options = cs.flatMap((c, i) => candidates.map((x, j) => ({ i, j, fit: fit(c, x) })));
    // a stable sort: among equal fits the earlier claim and the earlier gold figure go first
    options.sort((a, b) => b.fit - a.fit);
    const taken = new Set<number>();
    for (const o of options) {
      if (paired.has(cs[o.i]!) || taken.has(o.j)) continue;
      paired.set(cs[o.i]!, candidates[o.j]!);
      taken.add(o.j);
    }
    pool.set(key, candidates.filter((_, j) => !taken.has(j)));
  }
  return paired;
}

/**
 * Pairwise clustering quality over matched claims from different articles: a pair is positive
 * when the gold puts both in one event, predicted positive when salvo gives them one event_id.
 */
function pairwise(matched: ReadonlyArray<{ claim: ClaimRecord; gold: GoldFigure }>, wrongMerges: Set<string>, wrongSplits: Set<string>): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < matched.length; i++) {
    for (let j = i + 1; j < matched.length; j++) {
      const a = matched[i]!;
      const b = matched[j]!;
      if (a.claim.article_id === b.claim.article_id) continue;
      const same = a.gold.event === b.gold.event;
      const predicted = a.claim.event_id === b.claim.event_id;
      if (same && predicted) tp++;
      else if (predicted) {
        fp++;
        wrongMerges.add(`${a.claim.article_id} ${a.gold.event} + ${b.claim.article_id} ${b.gold.event}`);
      }
      else if (same) {
        fn++;
        const [x, y] = a.claim.article_id < b.claim.article_id ? [a.claim, b.claim] : [b.claim, a.claim];
        wrongSplits.add(`${a.gold.event}: ${x.article_id} ${x.date_start}..${x.date_end} | ${y.article_id} ${y.date_start}..${y.date_end}`);
      }
    }
  }
  return prf(tp, fp, fn);
}

function scoreDiplomacy(gold: ReadonlyMap<string, Gold>, contacts: readonly DiplomacyRecord[]): Pick<Score, "diplomacy" | "diplomacyDates" | "contactErrors"> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const contactErrors: string[] = [];
  const dates = { correct: 0, total: 0 };
  for (const [article, g] of gold) {
    const mine = contacts.filter((c) => c.article_ids.includes(article));
    const used = new Set<number>();
    // the same pair can meet twice in one article (a call now, "their previous one" in March): every
    // contact is first matched on the gold's date, then what is left on its participants alone
    // (a person is the same however the name is spelt: "Andrej Plenković", "Andrej Plenkovic"; "Sergei", "Sergey Lavrov")
    const same = (p: string, q: string) => unaccented(canonicalPerson(p)) === unaccented(canonicalPerson(q));
    const fits = (want: (typeof g.diplomacy)[number], c: DiplomacyRecord, k: number) =>
      !used.has(k) && want.participants.filter((p) => c.participants.some((q) => same(p, q))).length >= Math.min(2, want.participants.length);
    const matched = new Map<number, number>();
    const match = (w: number, i: number) => {
      used.add(i);
      matched.set(w, i);
    };
    for (const [w, want] of g.diplomacy.entries()) {
      const i = mine.findIndex((c, k) => fits(want, c, k) && c.date === want.date);
      if (i >= 0) match(w, i);
    }
    for (const [w, want] of g.diplomacy.entries()) {
      if (matched.has(w)) continue;
      const i = mine.findIndex((c, k) => fits(want, c, k));
      if (i >= 0) match(w, i);
    }
    for (const [w, want] of g.diplomacy.entries()) {
      const i = matched.get(w);
      if (i === undefined) {
        fn++;
        contactErrors.push(`missed   ${article} ${want.kind} ${want.date} ${want.participants.join(", ")} «${want.quote.slice(0, 90)}»`);
        continue;
      }
      tp++;
      dates.total++;
      if (mine[i]!.date === want.date) dates.correct++;
      else contactErrors.push(`date     ${article} ${want.kind} gold ${want.date}, got ${mine[i]!.date} ${want.participants.join(", ")}`);
    }
    fp += mine.length - used.size;
    for (const [k, c] of mine.entries()) if (!used.has(k)) contactErrors.push(`invented ${article} ${c.kind} ${c.date} ${c.participants.join(", ")}`);
  }
  return { diplomacy: prf(tp, fp, fn), diplomacyDates: dates, contactErrors };
}
