import type { Side } from "@salvo/core";
import data from "./gazetteer/places.json" with { type: "json" };
import { type Gazetteer, REGION_MARK } from "./gazetteer/schema.ts";

export interface Place {
  readonly name: string;
  readonly country: Side;
  readonly kind: "country" | "region" | "city";
}

// The gazetteer is derived from country-state-city by scripts/build-gazetteer.ts (see src/gazetteer/):
// regions by their English name ("Kharkiv region", "Crimea") with the stems copy writes before a type
// word and the names that stand alone ("Kharkivska oblast"); cities by English name, then other spellings.

/** Words after a region's stem: "Kharkiv Oblast", "the Sumy regional administration". */
const TYPE_WORDS = new Set(["region", "oblast", "province", "krai", "territory", "regional"]);
/** After a list of stems: "Kursk and Belgorod regions", "Kharkiv, Sumy and Poltava oblasts". */
const PLURAL_TYPE_WORDS = new Set(["regions", "oblasts", "provinces"]);

/** A spelling split the way text is tokenized: words, and what stands between them. */
interface Form {
  readonly words: readonly string[];
  readonly gaps: readonly string[];
  /** Cities match only as capitalized in the gazetteer ("Mirny", never "mirny"); regions in any case. */
  readonly exact: boolean;
  readonly place: Place;
}

/**
 * The words of a text as their offsets only. A sentence of 100,000 words ("drones and drones and …", a bait input)
 * held as one match array and one token object with two strings per word kept them all alive at once, and the
 * garbage collector's cost grew faster than the text (×4.4 at twice the size); two arrays of small integers do not,
 * and a word's text is made when asked for, then dropped.
 */
class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  constructor(readonly source: string) {
    const from = WORD.lastIndex;
    try {
      WORD.lastIndex = 0;
      for (let m = WORD.exec(source); m !== null; m = WORD.exec(source)) {
        this.starts.push(m.index);
        this.ends.push(m.index + m[0].length);
      }
    } finally {
      WORD.lastIndex = from;
    }
  }
  get length(): number {
    return this.starts.length;
  }
  start(i: number): number {
    return this.starts[i]!;
  }
  end(i: number): number {
    return this.ends[i]!;
  }
  text(i: number): string {
    return this.source.slice(this.starts[i]!, this.ends[i]!);
  }
  lower(i: number): string {
    return this.text(i).toLowerCase();
  }
}

const WORD = /[\p{L}\p{M}]+/gu;
const ONE_WORD = /^[\p{L}\p{M}]+$/u;

function gap(s: string): string {
  return s.replace(/\s+/g, " ").replace(/[’`]/g, "'");
}

function formOf(spelling: string, place: Place, exact: boolean): Form {
  if (ONE_WORD.test(spelling)) return { words: [exact ? spelling : spelling.toLowerCase()], gaps: [], exact, place };
  const words: string[] = [];
  const gaps: string[] = [];
  let end = -1;
  for (const m of spelling.matchAll(WORD)) {
    if (end >= 0) gaps.push(gap(spelling.slice(end, m.index)));
    words.push(exact ? m[0] : m[0].toLowerCase());
    end = m.index + m[0].length;
  }
  return { words, gaps, exact, place };
}

/** Forms keyed by their first word, lower-cased, longest first: one Map lookup per token of text. */
function index(forms: readonly Form[]): Map<string, Form[]> {
  const byFirst = new Map<string, Form[]>();
  for (const f of forms) {
    const key = f.words[0]!.toLowerCase();
    const list = byFirst.get(key) ?? [];
    list.push(f);
    byFirst.set(key, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

interface Index {
  /** One-word city spellings, as written: most of the gazetteer, so no Form for them. */
  readonly cityWords: Map<string, Place>;
  /** Region names and multi-word city spellings. */
  readonly names: Map<string, Form[]>;
  readonly stems: Map<string, Form[]>;
  /** A city's region, by the city's English name, where the package files it under one. */
  readonly regionOf: Map<string, string>;
}

function build(): Index {
  // Not parsed with the zod schema here: that costs ~15 ms in every worker, and gazetteer.test.ts parses
  // the committed file and checks it is what the build script makes. The cast narrows `country` only.
  const gazetteer: Gazetteer = data as Gazetteer;
  const cityWords = new Map<string, Place>();
  const names: Form[] = [];
  const stems: Form[] = [];
  const regionOf = new Map<string, string>();
  for (const r of gazetteer.regions) {
    const place: Place = { name: r.name, country: r.country, kind: "region" };
    for (const s of r.names) names.push(formOf(s, place, false));
    for (const s of r.stems) stems.push(formOf(s, place, false));
  }
  for (const country of ["UA", "RU"] as const) {
    for (const line of gazetteer.cities[country]) {
      const [written, region] = line.split(REGION_MARK);
      const spellings = written!.split("|");
      const place: Place = { name: spellings[0]!, country, kind: "city" };
      if (region) regionOf.set(place.name, region);
      for (const s of spellings) {
        if (ONE_WORD.test(s)) cityWords.set(s, place);
        else names.push(formOf(s, place, true));
      }
    }
  }
  return { cityWords, names: index(names), stems: index(stems), regionOf };
}

const { cityWords: CITY_WORDS, names: NAMES, stems: STEMS, regionOf: REGION_OF } = build();

/** The region a city is in ("Kramatorsk" → "Donetsk region"), by the names findPlaces gives; null for a region or a town the data files under none or several. */
export function regionOfCity(name: string): string | null {
  return REGION_OF.get(name) ?? null;
}

function gapBefore(tokens: Words, i: number, text: string): string {
  return gap(text.slice(tokens.end(i - 1), tokens.start(i)));
}

/** The form spelled at tokens[i] (whose lower case is `lower`), longest first, or null. */
function formAt(index: Map<string, Form[]>, tokens: Words, i: number, text: string, lower = tokens.lower(i)): Form | null {
  const candidates = index.get(lower);
  if (!candidates) return null;
  outer: for (const f of candidates) {
    if (i + f.words.length > tokens.length) continue;
    for (let k = 0; k < f.words.length; k++) {
      if ((f.exact ? tokens.text(i + k) : tokens.lower(i + k)) !== f.words[k]) continue outer;
      if (k > 0 && gapBefore(tokens, i + k, text) !== f.gaps[k - 1]) continue outer;
    }
    return f;
  }
  return null;
}

/** After a stem ending before tokens[j]: where the next stem of a list starts (", ", " and ", ", and "), or -1. */
function nextInList(tokens: Words, j: number, text: string): number {
  if (j >= tokens.length) return -1;
  const g = gapBefore(tokens, j, text);
  const and = tokens.lower(j) === "and" && j + 1 < tokens.length && gapBefore(tokens, j + 1, text) === " ";
  if (g === ", ") return and ? j + 1 : j;
  return g === " " && and ? j + 1 : -1;
}

interface Hit {
  readonly place: Place;
  readonly at: number;
}

/**
 * Regions written as stems before a type word at tokens[i]: "Kharkiv region" (one), "Kursk and Belgorod
 * regions" (each). Returns them and the index after the type word, or null.
 */
function regionsAt(tokens: Words, i: number, text: string): { hits: Hit[]; next: number } | null {
  const hits: Hit[] = [];
  let j = i;
  for (;;) {
    const stem = formAt(STEMS, tokens, j, text);
    if (!stem) return null;
    hits.push({ place: stem.place, at: tokens.start(j) });
    j += stem.words.length;
    if (j < tokens.length && gapBefore(tokens, j, text) === " ") {
      const word = tokens.lower(j);
      if ((hits.length === 1 && TYPE_WORDS.has(word)) || PLURAL_TYPE_WORDS.has(word)) return { hits, next: j + 1 };
    }
    j = nextInList(tokens, j, text);
    if (j < 0) return null;
  }
}

// an office before a name: "acting mayor Artem Kobzar", "Governor Oleh Syniehubov"
const TITLES = new Set(["mayor", "governor", "minister", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "commander", "president", "envoy", "aide", "deputy", "secretary", "adviser", "advisor", "ambassador", "general", "colonel", "ombudsman", "director"]);

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** "acting mayor Artem Kobzar": a one-word city spelling after an office and before a surname is a first name ("Artem", not Artyom). */
function firstName(tokens: Words, i: number, text: string): boolean {
  return i > 0 && TITLES.has(tokens.lower(i - 1)) && gapBefore(tokens, i, text) === " " && i + 1 < tokens.length && gapBefore(tokens, i + 1, text) === " " && CAPITALISED.test(tokens.text(i + 1));
}

/**
 * "over the Kazanka river": a town's name before "river" names the river, not the town (Kazanka is also a town in Ukraine).
 * But a "river port" (station, terminal) is the town's: "the Kazan river port", "the Kherson river port" are in the town.
 */
function riverName(tokens: Words, next: number, text: string): boolean {
  if (next >= tokens.length || tokens.lower(next) !== "river" || gapBefore(tokens, next, text) !== " ") return false;
  return !/^(?:port|ports|station|stations|terminal|terminals)$/.test(next + 1 < tokens.length ? tokens.lower(next + 1) : "");
}

/** A place's first mention (a module function, not a closure: tsx names every closure it creates, a property write per call). */
function addPlace(found: Array<Place & { at: number }>, seen: Set<string> | null, place: Place, at: number): void {
  if (seen === null) {
    found.push({ ...place, at });
    return;
  }
  if (seen.has(place.name)) return;
  seen.add(place.name);
  found.push({ ...place, at });
}

/** Places named in a text span, normalized, in order of first mention, without repeats (or, with `every`, each mention). */
export function findPlaces(text: string, every = false): Array<Place & { at: number }> {
  const tokens = new Words(text);
  const found: Array<Place & { at: number }> = [];
  const seen = every ? null : new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const lower = tokens.lower(i);
    // "Moscow region" is the region, never the city Moscow followed by a word
    const regions = STEMS.has(lower) ? regionsAt(tokens, i, text) : null;
    if (regions) {
      for (const h of regions.hits) addPlace(found, seen, h.place, h.at);
      i = regions.next;
      continue;
    }
    const form = formAt(NAMES, tokens, i, text, lower);
    const place = form?.place ?? (firstName(tokens, i, text) ? undefined : CITY_WORDS.get(tokens.text(i)));
    if (place && !riverName(tokens, i + (form ? form.words.length : 1), text)) addPlace(found, seen, place, tokens.start(i));
    i += form ? form.words.length : 1;
  }
  return found;
}

// Towns Russia holds on Ukraine's mainland, from the day it took them (to the day Ukraine took one back): a strike there that
// the text gives no attacker is Ukraine's, as one in Crimea is (the fixtures' Makiivka, Nova Kakhovka, Donetsk market).
// Where the fighting is, not sovereignty; only towns held long and without doubt.
const SINCE_2014 = "2014-04-15";
const HELD_BY_RUSSIA: ReadonlyMap<string, readonly [string, string?]> = new Map<string, readonly [string, string?]>([
  ...["Donetsk", "Makiivka", "Horlivka", "Luhansk", "Yasynuvata", "Khartsyzk", "Yenakiieve", "Alchevsk", "Kadiivka", "Snizhne", "Antratsyt", "Rovenky", "Shakhtarsk", "Novoazovsk"].map((n) => [n, [SINCE_2014]] as const),
  ["Debaltseve", ["2015-02-18"]],
  ...["Melitopol", "Berdiansk", "Henichesk", "Nova Kakhovka", "Kakhovka", "Skadovsk", "Tokmak", "Vasylivka", "Polohy", "Prymorsk", "Chaplynka", "Hola Prystan", "Starobilsk"].map((n) => [n, ["2022-03-05"]] as const),
  ["Enerhodar", ["2022-03-05"]],
  ["Volnovakha", ["2022-03-13"]],
  ["Mariupol", ["2022-05-21"]],
  ["Sievierodonetsk", ["2022-06-26"]],
  ["Lysychansk", ["2022-07-04"]],
  ["Kherson", ["2022-03-03", "2022-11-10"]],
]);

/** Who held a place on a day: Russia for a held town of Ukraine's (above), else the gazetteer's country. */
export function holderOf(place: Pick<Place, "name" | "country">, day: string | null): Side {
  const held = day ? HELD_BY_RUSSIA.get(place.name) : undefined;
  return held && day! >= held[0] && (held[1] === undefined || day! <= held[1]) ? "RU" : place.country;
}

/** Which side held the places a sentence names on a day: a held town's region, also named, does not make it two. */
export function holderOfPlaces(places: ReadonlyArray<Pick<Place, "name" | "country" | "kind">>, day: string | null): Side | null {
  const held = places.some((p) => p.country === "UA" && holderOf(p, day) === "RU");
  return countryOfPlaces(places.filter((p) => !(held && p.kind === "region")).map((p) => ({ country: holderOf(p, day) })));
}

/** Which country a place-name mention points at ("targeting Moscow" → RU), or null. */
export function countryOfPlaces(places: ReadonlyArray<Pick<Place, "country">>): Side | null {
  const sides = new Set(places.map((p) => p.country));
  return sides.size === 1 ? [...sides][0]! : null;
}
