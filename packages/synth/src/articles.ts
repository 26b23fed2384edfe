import { addDays, weekday } from "@salvo/core";
import type { SynthEvent } from "./events.ts";
import type { Random } from "./random.ts";
import { MONTH_NAMES, WEEKDAY_NAMES, spell } from "./words.ts";

export interface TrueFigure {
  readonly key: string;
  readonly metric: "launched" | "shot_down" | "jammed" | "neutralized" | "killed" | "injured";
  readonly value: number;
  readonly valueText: string;
  readonly qualifier: "exact" | "approx" | "at_least";
  readonly side: "UA" | "RU" | "unknown";
  readonly sentence: string;
}

export interface SynthArticle {
  readonly id: string;
  readonly published: string;
  readonly outlet: string;
  readonly headline: string;
  readonly text: string;
  readonly figures: readonly TrueFigure[];
  /** Set when this article republishes another's body. */
  readonly copyOf: string | null;
}

const OUTLETS = ["Kyiv Ledger", "Baltic Wire", "Danube Post", "Continental Herald", "Black Sea Times", "Northern Courier", "Atlantic Press Agency", "Carpathian News"];
const MENU = ["Home", "World", "Europe", "Share", "Subscribe to our newsletter", "Read more", "3 min read", "Advertisement"];

/** How an article published on `pub` names the night that ended on `end`. */
function when(end: string, pub: string, rng: Random): string {
  const start = addDays(end, -1);
  if (pub === end) return rng.pick(["overnight", "overnight", "during the night", "last night"]);
  if (addDays(end, 1) === pub && rng.chance(0.5)) return `on ${WEEKDAY_NAMES[weekday(start)]} night`;
  const [d1, d2] = [Number(start.slice(8)), Number(end.slice(8))];
  const month = MONTH_NAMES[Number(end.slice(5, 7)) - 1]!;
  return d2 > d1 ? `on the night of ${d1}–${d2} ${month}` : `on the night of ${MONTH_NAMES[Number(start.slice(5, 7)) - 1]} ${d1}`;
}

function approximate(n: number, rng: Random): { text: string; value: number; qualifier: TrueFigure["qualifier"] } {
  if (n >= 100 && rng.chance(0.15)) {
    const rounded = Math.ceil(n / 10) * 10;
    return { text: `nearly ${spell(rounded, false)}`, value: rounded, qualifier: "approx" };
  }
  return { text: spell(n, true), value: n, qualifier: "exact" };
}

const FILLER = [
  "The city had about {pop} residents before the full-scale invasion, according to the 2021 census.",
  "Officials said repairs to the {floors}-storey building would take at least {m} weeks.",
  "A {age}-year-old resident told reporters she had spent the night in a shelter with her neighbours.",
  "The government has set aside $2 billion for reconstruction, about {m}% of this year's budget.",
  "Rail operator services were delayed by up to {m} minutes on several routes.",
  "Schools in the district moved classes online for the rest of the week.",
  "Analysts said the pattern of the attacks suggested an effort to overwhelm air defences before winter.",
];

/** One article about `e`, with the figures it states and the event each belongs to. */
export function writeArticle(id: string, e: SynthEvent, background: SynthEvent | null, rng: Random, bytes: number): SynthArticle {
  const pub = addDays(e.dateEnd, rng.chance(0.7) ? 0 : rng.int(1, 2));
  const t = when(e.dateEnd, pub, rng);
  const figures: TrueFigure[] = [];
  const paragraphs: string[] = [];
  const add = (sentence: string, figs: Array<Omit<TrueFigure, "sentence" | "key"> & { key?: string }>) => {
    paragraphs.push(sentence);
    for (const f of figs) figures.push({ ...f, key: f.key ?? e.key, sentence });
  };

  if (e.attacker === "RU") {
    const d = approximate(e.drones, rng);
    const m = e.missiles ? ` and ${spell(e.missiles, true)} missiles` : "";
    const mFig = e.missiles ? [{ metric: "launched" as const, value: e.missiles, valueText: spell(e.missiles, true), qualifier: "exact" as const, side: "UA" as const }] : [];
    const lead = rng.pick([
      `Russia launched ${d.text} drones${m} at Ukraine ${t}, the Air Force said, with ${e.place} among the main targets.`,
      `Ukraine's Air Force said Russia attacked the country ${t} with ${d.text} drones${m}, targeting ${e.place}.`,
      `According to Ukraine's air force, Russia sent ${d.text} attack drones${m} against Ukraine ${t}.`,
    ]);
    add(lead, [{ metric: "launched", value: d.value, valueText: d.text, qualifier: d.qualifier, side: "UA" }, ...mFig]);
    if (rng.chance(0.5)) {
      const md = e.missiles && e.missilesDown ? ` and ${spell(e.missilesDown, true)} missiles` : "";
      const mdFig = e.missiles && e.missilesDown ? [{ metric: "shot_down" as const, value: e.missilesDown, valueText: spell(e.missilesDown, true), qualifier: "exact" as const, side: "UA" as const }] : [];
      add(`Air defences shot down ${spell(e.shotDown, true)} drones${md}, while ${spell(e.jammed, true)} were lost to electronic warfare, the Air Force said.`, [
        { metric: "shot_down", value: e.shotDown, valueText: spell(e.shotDown, true), qualifier: "exact", side: "UA" },
        ...mdFig,
        { metric: "jammed", value: e.jammed, valueText: spell(e.jammed, true), qualifier: "exact", side: "UA" },
      ]);
    } else {
      const n = e.shotDown + e.jammed;
      add(`The Air Force said ${spell(n, true)} of the drones had been shot down or suppressed.`, [
        { metric: "neutralized", value: n, valueText: spell(n, true), qualifier: "exact", side: "UA" },
      ]);
    }
  } else {
    const over = e.place === "Moscow region" ? "over the Moscow region" : `over the ${e.place}`;
    add(
      rng.pick([
        `Russia's Defence Ministry said its air defences destroyed ${spell(e.shotDown, true)} Ukrainian drones ${over} ${t}.`,
        `The Russian Defence Ministry said ${spell(e.shotDown, true)} Ukrainian drones were intercepted ${t} ${over}.`,
      ]),
      [{ metric: "shot_down", value: e.shotDown, valueText: spell(e.shotDown, true), qualifier: "exact", side: "RU" }],
    );
  }
  if (e.killed || e.injured) {
    const k = e.killed ? (rng.chance(0.3) ? `at least ${spell(e.killed, true)}` : spell(e.killed, true)) : "";
    const sentence = e.killed && e.injured
      ? `The attack killed ${k} people and injured ${spell(e.injured, true)} in ${e.place}, regional officials said.`
      : e.killed
        ? `${cap(k)} people were killed in ${e.place}, regional officials said.`
        : `${cap(spell(e.injured, true))} people were injured in ${e.place}, regional officials said.`;
    const figs: Array<Omit<TrueFigure, "sentence" | "key">> = [];
    // the figure as written: capitalised when it opens the sentence
    const asWritten = (t: string) => (sentence.startsWith(cap(t)) ? cap(t) : t);
    if (e.killed) figs.push({ metric: "killed", value: e.killed, valueText: asWritten(k), qualifier: k.startsWith("at least") ? "at_least" : "exact", side: e.attacker === "RU" ? "UA" : "RU" });
    if (e.injured) figs.push({ metric: "injured", value: e.injured, valueText: asWritten(spell(e.injured, true)), qualifier: "exact", side: e.attacker === "RU" ? "UA" : "RU" });
    add(sentence, figs);
  }
  if (background && background.attacker === "RU" && rng.chance(0.5)) {
    const d = background.dateEnd;
    const onDate = `${MONTH_NAMES[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8))}`;
    add(`In an earlier attack, on the night to ${onDate}, Russia launched ${spell(background.drones, true)} drones, the Air Force said at the time.`, [
      { metric: "launched", value: background.drones, valueText: spell(background.drones, true), qualifier: "exact", side: "UA", key: background.key },
    ]);
  }
  while (paragraphs.join("\n\n").length < bytes) {
    paragraphs.push(
      rng
        .pick(FILLER)
        .replace("{pop}", (rng.int(20, 900) * 1000).toLocaleString("en-US"))
        .replace("{age}", String(rng.int(18, 90)))
        .replace("{floors}", String(rng.int(5, 16)))
        .replace("{m}", String(rng.int(2, 40))),
    );
  }
  const headline = e.attacker === "RU" ? `Russia strikes ${e.place} in overnight attack` : `Drones target ${e.place}, Moscow says`;
  const menu = rng.chance(0.5) ? `${MENU.slice(0, rng.int(2, 5)).join("\n")}\n` : "";
  const text = `${menu}${headline}\n\n${paragraphs.join("\n\n")}\n${rng.chance(0.5) ? "\nShare\n" : ""}`;
  return { id, published: pub, outlet: rng.pick(OUTLETS), headline, text, figures, copyOf: null };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A republished copy: the same body under another outlet and headline, with other page furniture. */
export function syndicate(id: string, original: SynthArticle, rng: Random): SynthArticle {
  const body = original.text.slice(original.text.indexOf(original.headline) + original.headline.length);
  const headline = `${original.headline} (wire)`;
  const text = `${rng.pick(MENU)}\n${headline}${body}\n(This story was published from a syndicated feed.)\n`;
  return { ...original, id, outlet: rng.pick(OUTLETS.filter((o) => o !== original.outlet)), headline, text, copyOf: original.id };
}
