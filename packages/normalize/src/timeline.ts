import type { DiplomacyRecord, EventRecord, Metric, StrikeRecord } from "@salvo/core";

const WORDS: ReadonlyArray<[Metric, string]> = [
  ["launched", "launched"], ["shot_down", "shot down"], ["jammed", "jammed"], ["neutralized", "neutralized"], ["hit", "hit"], ["killed", "killed"], ["injured", "injured"],
];
const KIND_WORDS = { phone_call: "Phone call", meeting: "Meeting", talks: "Talks", visit: "Visit" } as const;

/** "RU→UA drones: launched 728 (best; UA 728), killed 2". Figures only, never invented: a missing best is left out. */
function strikeSummary(s: StrikeRecord): string {
  const figures = WORDS.flatMap(([m, word]) => {
    const best = s[`${m}_best`];
    return best === null ? [] : [`${word} ${best.toLocaleString("en-US")}`];
  });
  const head = `${s.attacker}→${s.target_country} ${s.weapon === "mixed" ? "drones and missiles" : `${s.weapon}s`}${s.event_type === "aggregate" ? " (period total)" : ""}`;
  return figures.length ? `${head}: ${figures.join(", ")}${s.disputed ? " (disputed)" : ""}` : `${head}: figures given in words only`;
}

/** Strikes and diplomacy on one timeline, by date (undated last). */
export function buildTimeline(strikes: readonly StrikeRecord[], diplomacy: readonly DiplomacyRecord[]): EventRecord[] {
  const rows: EventRecord[] = [
    ...strikes.map((s) => ({
      event_id: s.event_id,
      kind: s.event_type,
      date_start: s.date_start,
      date_end: s.date_end,
      date_precision: s.date_precision,
      attacker: s.attacker,
      target_country: s.target_country,
      participants: [],
      places: s.places,
      summary: strikeSummary(s),
      source_count: s.source_count,
    })),
    ...diplomacy.map((d) => ({
      event_id: d.event_id,
      kind: d.kind,
      date_start: d.date,
      date_end: d.date,
      date_precision: d.date ? ("day" as const) : null,
      attacker: null,
      target_country: null,
      participants: d.participants,
      places: d.place ? [d.place] : [],
      summary: `${KIND_WORDS[d.kind]}: ${d.participants.join(", ")}${d.place ? ` in ${d.place}` : ""}`,
      source_count: d.source_count,
    })),
  ];
  const key = (d: string | null) => d ?? "9999";
  return rows.sort((a, b) => key(a.date_start).localeCompare(key(b.date_start)) || a.kind.localeCompare(b.kind) || a.event_id.localeCompare(b.event_id));
}
