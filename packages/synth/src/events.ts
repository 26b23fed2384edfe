import { addDays } from "@salvo/core";
import type { Random } from "./random.ts";

export interface SynthEvent {
  /** The true identity of the event: what a perfect deduplication recovers. */
  readonly key: string;
  readonly attacker: "RU" | "UA";
  /** The morning the night attack ended. */
  readonly dateEnd: string;
  readonly place: string;
  readonly drones: number;
  readonly missiles: number;
  readonly shotDown: number;
  readonly jammed: number;
  readonly missilesDown: number;
  readonly killed: number;
  readonly injured: number;
}

const UA_PLACES = ["Kyiv", "Odesa", "Kharkiv", "Dnipro", "Lviv", "Zaporizhzhia", "Sumy", "Poltava", "Chernihiv", "Mykolaiv", "Lutsk", "Kryvyi Rih"];
const RU_PLACES = ["Moscow region", "Belgorod region", "Bryansk region", "Kursk region", "Rostov region", "Voronezh region", "Ryazan region"];

/**
 * M events over a span of days. Traps are built in: consecutive nights in one place, and a
 * Ukrainian strike on Russia on the same night as a Russian strike on Ukraine.
 */
export function makeEvents(rng: Random, count: number, firstDay = "2024-06-01"): SynthEvent[] {
  const events: SynthEvent[] = [];
  let day = firstDay;
  for (let i = 0; i < count; i++) {
    // every 4th event is the next night in the same place; every 5th the same night, other direction
    const consecutive = i % 4 === 1 && events.length > 0;
    const sameNight = i % 5 === 2 && events.length > 0;
    const prev = events.at(-1);
    if (!consecutive && !sameNight) day = addDays(day, rng.int(1, 3));
    else if (consecutive) day = addDays(prev!.dateEnd, 1);
    const attacker: "RU" | "UA" = sameNight ? (prev!.attacker === "RU" ? "UA" : "RU") : rng.chance(0.8) ? "RU" : "UA";
    const drones = attacker === "RU" ? rng.int(40, 800) : rng.int(10, 340);
    const missiles = attacker === "RU" && rng.chance(0.5) ? rng.int(2, 60) : 0;
    const shotDown = Math.floor(drones * (0.4 + rng.next() * 0.5));
    events.push({
      key: `${day}-${attacker.toLowerCase()}-${i}`,
      attacker,
      dateEnd: day,
      place: consecutive && prev!.attacker === attacker ? prev!.place : rng.pick(attacker === "RU" ? UA_PLACES : RU_PLACES),
      drones,
      missiles,
      shotDown,
      jammed: attacker === "RU" ? Math.max(0, Math.floor((drones - shotDown) * rng.next() * 0.9)) : 0,
      missilesDown: missiles ? rng.int(0, missiles) : 0,
      killed: rng.chance(0.5) ? rng.int(1, 30) : 0,
      injured: rng.chance(0.7) ? rng.int(1, 120) : 0,
    });
  }
  return events;
}
