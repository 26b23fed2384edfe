import type { ClaimRecord, Metric, StrikeRecord, Weapon } from "@salvo/core";
import { backers, rankedNames } from "./claimants.ts";
import type { Ctx } from "./context.ts";
import { disputes } from "./disputed.ts";
import {
  COUNTRY,
  dateSpan,
  hedgedWords,
  METRIC_WORDS,
  nameList,
  num,
  pct,
  plural,
  WEAPONS,
} from "./format.ts";
import { claimantName, figure, intercepted, isStrike, METRICS, SIDE_KEYS, sidesDisagree } from "./model.ts";
import { strikesNear } from "./timeline.ts";

/**
 * The summary's key figures: each a sentence built from the data that names who gives the figure,
 * so a reader can weigh it ("Russia launched 728 drones … (Ukrainian Air Force)").
 */
export function keyFigures(ctx: Ctx): string[] {
  return [
    largestAttack(ctx),
    ...interceptTotals(ctx),
    deadliest(ctx),
    casualtyTotals(ctx),
    sidesApart(ctx),
    diplomacy(ctx),
    vague(ctx),
  ].filter((s): s is string => s !== null);
}

const who = (claims: readonly ClaimRecord[]): string => `(${nameList(rankedNames(claims))})`;
const when = (ctx: Ctx, s: StrikeRecord): string => `${dateSpan(s.date_start, s.date_end)} [${ctx.refs.get(s.event_id)}]`;

/** The strike with the highest best value of `metric` (earliest on a tie), or null. */
function maxBy(ctx: Ctx, metric: Metric): { s: StrikeRecord; value: number } | null {
  let top: { s: StrikeRecord; value: number } | null = null;
  for (const s of ctx.events.filter(isStrike)) {
    const value = figure(s, metric, "best");
    if (value !== null && (top === null || value > top.value)) top = { s, value };
  }
  return top;
}

function largestAttack(ctx: Ctx): string | null {
  const top = maxBy(ctx, "launched");
  if (!top) return null;
  const { s, value } = top;
  const claims = backers(ctx, s, "launched", value);
  const hedge = claims[0]?.value === value ? claims[0].qualifier : null;
  let text =
    `The largest attack: ${COUNTRY[s.attacker]} launched ${hedgedWords(value, hedge)} ${WEAPONS[s.weapon]} ` +
    `at ${COUNTRY[s.target_country]} on ${when(ctx, s)} ${who(claims)}.`;
  const down = intercepted(s, "best");
  if (down !== null && value > 0) {
    const metric: Metric = figure(s, "neutralized", "best") !== null ? "neutralized" : "shot_down";
    const downClaims = backers(ctx, s, metric, figure(s, metric, "best") ?? down);
    text += ` ${num(down)} of them (${pct(down / value)}) were reported shot down or jammed ${who(downClaims)}.`;
  }
  return text + contested(ctx, s, "launched", value);
}

/** " Disputed: X says Y." when other claimants end on a different number than the one quoted. */
function contested(ctx: Ctx, s: StrikeRecord, metric: Metric, value: number): string {
  const dispute = disputes(ctx).find((d) => d.s === s && d.metric === metric);
  const others = dispute?.positions.filter((p) => p.value !== value) ?? [];
  if (others.length === 0) return "";
  return ` Disputed: ${others.map((p) => `${p.claimant} says ${p.claim.value_text}`).join("; ")}.`;
}

function weaponWords(events: readonly StrikeRecord[]): string {
  const kinds = new Set<Weapon>(events.map((s) => s.weapon));
  const [only] = kinds;
  return kinds.size === 1 && only ? WEAPONS[only] : WEAPONS.mixed;
}

/** One sentence per attack direction: launched and intercepted summed over the attacks giving both. */
function interceptTotals(ctx: Ctx): string[] {
  const groups = new Map<string, StrikeRecord[]>();
  const apart = new Map<string, number>();
  for (const s of ctx.events.filter(isStrike)) {
    const launched = figure(s, "launched", "best");
    const down = intercepted(s, "best");
    if (launched === null || down === null) continue;
    const key = `${s.attacker}|${s.target_country}`;
    // more downed than launched: the two best figures count different things (one side's launches, the
    // other's interceptions over a wider night); a sum of such pairs would read over 100 %
    if (down > launched) {
      apart.set(key, (apart.get(key) ?? 0) + 1);
      continue;
    }
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()].map((events) => {
    const first = events[0]!;
    const launched = events.reduce((t, s) => t + (figure(s, "launched", "best") ?? 0), 0);
    const down = events.reduce((t, s) => t + (intercepted(s, "best") ?? 0), 0);
    const claims = events.flatMap((s) => [
      ...backers(ctx, s, "launched", figure(s, "launched", "best") ?? 0),
      ...(["neutralized", "shot_down", "jammed"] as const).flatMap((m) => {
        const v = figure(s, m, "best");
        return v === null ? [] : backers(ctx, s, m, v);
      }),
    ]);
    return (
      `Attacks by ${COUNTRY[first.attacker]} on ${COUNTRY[first.target_country]}: of ${num(launched)} ${weaponWords(events)} ` +
      `launched in ${plural(events.length, "attack")} with both figures, ${num(down)}` +
      `${launched > 0 ? ` (${pct(down / launched)})` : ""} were reported shot down or jammed ${who(claims)}.` +
      (apart.has(`${first.attacker}|${first.target_country}`) ? ` Left out: ${plural(apart.get(`${first.attacker}|${first.target_country}`)!, "attack")} with more reported downed than launched.` : "")
    );
  });
}

function deadliest(ctx: Ctx): string | null {
  const top = maxBy(ctx, "killed");
  if (!top || top.value === 0) return null;
  const { s, value } = top;
  const injured = figure(s, "injured", "best");
  const claims = [...backers(ctx, s, "killed", value), ...(injured ? backers(ctx, s, "injured", injured) : [])];
  const attacker = s.attacker === "other" ? "a third country's" : `${COUNTRY[s.attacker]}'s`;
  return (
    `The deadliest attack: ${attacker} attack on ${when(ctx, s)} killed ${num(value)} ${value === 1 ? "person" : "people"}` +
    `${injured ? ` and injured ${num(injured)}` : ""}${s.places.length > 0 ? ` in ${nameList(s.places)}` : ""} ${who(claims)}.` +
    contested(ctx, s, "killed", value)
  );
}

function casualtyTotals(ctx: Ctx): string | null {
  const strikes = ctx.events.filter(isStrike);
  const withFigures = strikes.filter((s) => figure(s, "killed", "best") !== null || figure(s, "injured", "best") !== null);
  if (withFigures.length < 2) return null;
  const sum = (metric: Metric) => {
    const given = withFigures.filter((s) => figure(s, metric, "best") !== null);
    return given.length === 0 ? null : given.reduce((t, s) => t + (figure(s, metric, "best") ?? 0), 0);
  };
  const killed = sum("killed");
  const injured = sum("injured");
  const toll = [
    killed === null ? null : `${num(killed)} ${killed === 1 ? "person was" : "people were"} reported killed`,
    injured === null ? null : `${num(injured)} ${killed === null ? `${injured === 1 ? "person was" : "people were"} reported ` : ""}injured`,
  ].filter((t): t is string => t !== null);
  const claims = withFigures.flatMap((s) =>
    (["killed", "injured"] as const).flatMap((m) => {
      const v = figure(s, m, "best");
      return v === null ? [] : backers(ctx, s, m, v);
    }),
  );
  return (
    `In all, ${toll.join(" and ")} in ${plural(withFigures.length, "attack")} with casualty figures, by best estimate ${who(claims)}.`
  );
}

function sidesApart(ctx: Ctx): string | null {
  let count = 0;
  const events = new Set<string>();
  let widest: { s: StrikeRecord; metric: Metric; gap: number } | null = null;
  for (const s of ctx.events) {
    for (const metric of METRICS) {
      if (!sidesDisagree(s, metric)) continue;
      count++;
      events.add(s.event_id);
      const values = SIDE_KEYS.map((k) => figure(s, metric, k)).filter((v): v is number => v !== null);
      const gap = Math.max(...values) - Math.min(...values);
      if (!widest || gap > widest.gap) widest = { s, metric, gap };
    }
  }
  if (!widest) return null;
  const { s, metric } = widest;
  const parts = SIDE_KEYS.flatMap((k) => {
    const v = figure(s, metric, k);
    if (v === null) return [];
    const side = k === "ua" ? "the Ukrainian side" : k === "ru" ? "the Russian side" : "third parties";
    const claims = backers(ctx, s, metric, v).filter((c) => c.value === v);
    return [`${side} says ${hedgedWords(v, claims[0]?.qualifier ?? null)} ${who(claims)}`];
  });
  return (
    `The sides disagree on ${plural(count, "figure")} in ${plural(events.size, "event")}. ` +
    `Widest gap: ${METRIC_WORDS[metric]} on ${when(ctx, s)} — ${parts.join(", ")}.`
  );
}

function diplomacy(ctx: Ctx): string | null {
  if (ctx.diplomacy.length === 0) return null;
  const near = new Set(ctx.diplomacy.flatMap((d) => (d.date ? strikesNear(ctx, d.date).map((s) => s.event_id) : [])));
  return (
    `${plural(ctx.diplomacy.length, "diplomatic contact")} in the inputs; ` +
    `${plural(near.size, "strike")} fell within 48 hours of one (see the timeline).`
  );
}

function vague(ctx: Ctx): string | null {
  const words = ctx.claims.filter((c) => c.qualifier === "vague");
  const first = words[0];
  if (!first) return null;
  return (
    `${plural(words.length, "figure is", "figures are")} given only in words, e.g. “${first.value_text}” ` +
    `${METRIC_WORDS[first.metric]} (${claimantName(first)}); the tables keep them as words.`
  );
}
