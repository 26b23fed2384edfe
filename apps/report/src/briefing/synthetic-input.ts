import { addDays, Metric } from "@salvo/core";
import type { ClaimRecord, ClaimantSide, DiplomacyRecord, SourceRecord, StrikeRecord } from "@salvo/core";
import type { BriefingInput } from "./context.ts";
import { SIDE_KEYS, sideKey, sortClaims } from "./model.ts";
import { claim, contact, source, strike } from "./test-records.ts";

/**
 * A large made-up input for the benchmark and the scale test: `events` strikes over the months
 * from 2024-01-01, mostly Russian drone nights with Ukrainian figures, some Ukrainian attacks
 * with Russian figures, a dispute every sixth event, words-only amounts every ninth, a monthly
 * total every fiftieth and a diplomatic contact every seventeenth. Numbers come from a fixed
 * integer hash, so every run gets the same input.
 */
export function syntheticInput(events: number): BriefingInput {
  const strikes: StrikeRecord[] = [];
  const claims: ClaimRecord[] = [];
  const diplomacy: DiplomacyRecord[] = [];
  const sources = new Map<string, SourceRecord>();
  for (let i = 0; i < events; i++) {
    const start = addDays("2024-01-01", Math.floor(i * 1.3));
    const ukrainian = i % 5 === 4;
    const base = {
      event_id: `ev_${String(i).padStart(4, "0")}`,
      attacker: ukrainian ? "UA" : "RU",
      target_country: ukrainian ? "RU" : "UA",
      weapon: i % 7 === 0 ? "mixed" : i % 11 === 0 ? "missile" : "drone",
      date_start: start,
      date_end: addDays(start, 1),
      places: pick(ukrainian ? RU_PLACES : UA_PLACES, i, 1 + (i % 4)),
    } as const;
    const reported: ClaimRecord[] = [];
    const article = (side: string) => `${side}-${addDays(start, 1)}`;
    const say = (metric: Metric, side: ClaimantSide, claimant: string, value: number | null, words?: string) => {
      const article_id = article(side === "RU" ? "tass" : side === "UA" ? "ukrinform" : "reuters");
      const text = words ?? String(value);
      reported.push(
        claim({
          ...base,
          claim_id: `cl_${i}_${reported.length}`,
          article_id,
          published: addDays(start, 1),
          claimant,
          claimant_side: side,
          metric,
          value,
          value_text: text,
          qualifier: value === null ? "vague" : "exact",
          quote: `${claimant} said ${text} ${metric.replace("_", " ")} overnight.`,
        }),
      );
      sources.set(article_id, source({ article_id, outlet: article_id.split("-")[0]!, published: addDays(start, 1), headline: `Overnight attack report ${addDays(start, 1)} (${article_id.split("-")[0]})`, url: `https://example.org/${article_id}` }));
    };
    const h = hash(i);
    const launched = 40 + (h % 700);
    if (ukrainian) {
      say("shot_down", "RU", "Russian Ministry of Defence", Math.round(launched * 0.9));
      if (i % 3 === 0) say("hit", "UA", "General Staff of Ukraine", 1 + (h % 4));
      if (i % 6 === 4) say("launched", "UA", "SBU source", launched + 30);
      if (i % 6 === 4) say("launched", "RU", "Russian Ministry of Defence", launched);
    } else {
      say("launched", "UA", "Ukrainian Air Force", launched);
      say("shot_down", "UA", "Ukrainian Air Force", Math.round(launched * 0.55));
      say("jammed", "UA", "Ukrainian Air Force", Math.round(launched * 0.3));
      if (i % 2 === 0) say("killed", "UA", "State Emergency Service", h % 9);
      if (i % 6 === 0) say("killed", "RU", "Russian Ministry of Defence", (h % 9) + 40);
      if (i % 9 === 0) say("injured", "UA", "regional governor", null, "dozens");
      if (i % 13 === 0) say("hit", "other", "ACLED", 3 + (h % 5));
    }
    claims.push(...reported);
    strikes.push(strike({ ...base, ...columns(reported, base.target_country) }));
    if (i % 50 === 49) {
      strikes.push(strike({ ...base, event_id: `${base.event_id}_month`, event_type: "aggregate", date_precision: "month", date_start: `${start.slice(0, 7)}-01`, date_end: addDays(`${start.slice(0, 7)}-01`, 27), places: [], launched_ua: launched * 20, launched_best: launched * 20 }));
    }
    if (i % 17 === 3) {
      diplomacy.push(contact({ event_id: `dp_${i}`, kind: i % 2 === 0 ? "phone_call" : "meeting", date: addDays(start, 1), participants: ["Donald Trump", i % 2 === 0 ? "Vladimir Putin" : "Volodymyr Zelensky"], place: i % 2 === 0 ? null : "Washington", article_id: article("reuters"), quote: "the two leaders spoke at length" }));
    }
  }
  sources.set("broken-file", source({ article_id: "broken-file", status: "skipped", reason_code: "DECODE", reason: "not valid UTF-8 or Windows-1251" }));
  return { now: addDays("2024-01-01", Math.floor(events * 1.3) + 2), strikes, claims, diplomacy, sources: [...sources.values()] };
}

const UA_PLACES = ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Zaporizhzhia", "Sumy", "Lutsk", "Poltava", "Mykolaiv", "Chernihiv", "Vinnytsia"];
const RU_PLACES = ["Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast", "Moscow Oblast", "Rostov Oblast", "Krasnodar Krai", "Voronezh Oblast"];

function hash(i: number): number {
  return Math.imul(i + 1, 2654435761) >>> 8;
}

function pick(list: readonly string[], i: number, count: number): string[] {
  return Array.from({ length: count }, (_, k) => list[(i * 3 + k * 5) % list.length]!).filter((p, k, all) => all.indexOf(p) === k);
}

/** strikes.csv's per-metric columns from an event's claims, by the documented best-value rule. */
function columns(eventClaims: readonly ClaimRecord[], target: string): Partial<StrikeRecord> {
  const out: Record<string, number | null | boolean> = {};
  const sorted = sortClaims(eventClaims);
  for (const metric of Metric.options) {
    const mine = sorted.filter((c) => c.metric === metric && c.value !== null);
    if (mine.length === 0) continue;
    for (const k of SIDE_KEYS) {
      const last = mine.filter((c) => sideKey(c.claimant_side) === k).pop();
      if (last) out[`${metric}_${k}`] = last.value;
    }
    const official = mine.filter((c) => c.claimant_side === target).pop();
    const casualty = metric === "killed" || metric === "injured";
    out[`${metric}_best`] = (casualty ? mine[mine.length - 1] : official ?? mine[mine.length - 1])!.value;
    out[`${metric}_low`] = Math.min(...mine.map((c) => c.value!));
    out[`${metric}_high`] = Math.max(...mine.map((c) => c.value!));
    if (out[`${metric}_low`] !== out[`${metric}_high`]) out.disputed = true;
  }
  return { ...out, claim_count: Math.max(1, eventClaims.length) } as Partial<StrikeRecord>;
}
