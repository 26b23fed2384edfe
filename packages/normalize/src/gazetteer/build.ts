// Derives the gazetteer findPlaces reads from country-state-city's states and cities for Ukraine and
// Russia, plus exonyms.ts. Pure: scripts/build-gazetteer.ts passes the package's data in and writes
// places.json, and gazetteer.test.ts checks the committed file is what this returns now.
import {
  CITY_ALIASES,
  CITY_CANONICAL,
  CITY_SIDE,
  EXTRA_CITIES,
  FEDERAL_CITIES,
  REGION_ALIASES,
  REPUBLICS,
  STATE_SIDE,
  UA_OBLAST_STEMS,
} from "./exonyms.ts";
import { type Country, type Gazetteer, type GazetteerRegion, REGION_MARK } from "./schema.ts";
import { STOPWORDS } from "./stoplist.ts";

/** The fields of country-state-city's IState and ICity this reads. */
export interface SourceState {
  readonly name: string;
  readonly isoCode: string;
  readonly countryCode: string;
}
export interface SourceCity {
  readonly name: string;
  readonly stateCode: string;
  readonly countryCode: string;
}
export interface Source {
  /** "country-state-city@3.2.1" */
  readonly version: string;
  readonly states: readonly SourceState[];
  readonly cities: readonly SourceCity[];
}

const REPUBLIC_OF = /^(?:Autonomous )?Republic of (.+)$/;
const ADJECTIVE_REPUBLIC = /^(.+) Republic$/;
const TYPED = /^(.+?) (?:Oblast|oblast|Krai|Autonomous Okrug)$/;
// Districts and councils, not places copy names: "Dnipro Raion", "Zaporiz'ka Mis'krada", "Gorodskoy okrug"
const ADMIN = /\b(?:Raion|Rayon|rayon|District|Miskrada|Miska Rada|Rada|Okrug|okrug|Urban|Municipality|Oblast|Gorodskoy)\b/;
const APOSTROPHES = /['’`”·]/g;
const MIN_LETTERS = 4;

function sideOf(countryCode: string, stateCode: string): Country {
  const country = STATE_SIDE[`${countryCode}:${stateCode}`] ?? countryCode;
  if (country !== "UA" && country !== "RU") throw new Error(`unexpected country ${country} for state ${stateCode}`);
  return country;
}

function regionOf(state: SourceState): GazetteerRegion {
  const country = sideOf(state.countryCode, state.isoCode);
  const name = state.name;
  if (state.countryCode === "UA" && /oblast$/i.test(name)) {
    const stem = UA_OBLAST_STEMS[name];
    if (!stem) throw new Error(`no English stem for "${name}": add it to UA_OBLAST_STEMS in exonyms.ts`);
    return { name: `${stem} region`, country, stems: [stem], names: [name] };
  }
  const republic = REPUBLIC_OF.exec(name) ?? ADJECTIVE_REPUBLIC.exec(name);
  if (republic) {
    const own = republic[1]!;
    const english = REPUBLICS[own] ?? (REPUBLIC_OF.test(name) ? [own] : null);
    // An adjective with no English noun on record ("X Republic") is matched only as the package writes it.
    if (!english) return { name, country, stems: [], names: [name] };
    return { name: english[0], country, stems: [...english], names: [name, ...english] };
  }
  const typed = TYPED.exec(name);
  const stem = typed ? typed[1]! : name; // untyped ("Irkutsk", "Sakhalin") are oblasts named like their capital
  return { name: `${stem} region`, country, stems: [stem], names: typed ? [name] : [] };
}

function letters(s: string): number {
  return s.replace(/[^\p{L}]/gu, "").length;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildGazetteer(source: Source): Gazetteer {
  const regions: GazetteerRegion[] = [];
  const regionOfState = new Map<string, GazetteerRegion>();
  const cities = new Map<string, { countries: Set<Country>; spellings: Set<string>; regions: Set<string> }>();
  // (`region`: the one the package files the town under; a federal city or a town added by hand has none)
  const addCity = (canonical: string, country: Country, spellings: readonly string[], region?: string) => {
    const entry = cities.get(canonical) ?? { countries: new Set<Country>(), spellings: new Set<string>(), regions: new Set<string>() };
    entry.countries.add(country);
    for (const s of spellings) if (s !== canonical) entry.spellings.add(s);
    if (region) entry.regions.add(region);
    cities.set(canonical, entry);
  };

  for (const state of source.states) {
    const federal = FEDERAL_CITIES[state.name];
    if (federal) {
      addCity(federal, sideOf(state.countryCode, state.isoCode), [state.name]);
      continue;
    }
    const region = regionOf(state);
    regions.push(region);
    regionOfState.set(`${state.countryCode}:${state.isoCode}`, region);
  }
  for (const [alias, stem] of Object.entries(REGION_ALIASES)) {
    const region = regions.find((r) => r.stems.includes(stem));
    if (!region) throw new Error(`REGION_ALIASES: no region with stem "${stem}" for "${alias}"`);
    region.stems.push(alias);
  }

  // A town named like a region elsewhere ("Donetsk" in Rostov region, "Rostov" in Yaroslavl region) would
  // read the region's stem as that town: the region's own capital keeps the name, the others are left out.
  const stemHome = new Map<string, GazetteerRegion>();
  for (const r of regions) for (const s of r.stems) stemHome.set(s.toLowerCase(), r);
  const standalone = new Set(regions.flatMap((r) => r.names.map((n) => n.toLowerCase())));
  const federal = new Set(Object.values(FEDERAL_CITIES));

  for (const city of source.cities) {
    const spelling = city.name.replace(/\s*\(.*?\)/g, "").replace(/,.*$/, "").trim();
    const plain = spelling.replace(APOSTROPHES, "");
    if (ADMIN.test(plain) || /\d/.test(plain)) continue;
    // BGN's ë is "yo" in English copy (Orël → Oryol) and "e" in some (Orel)
    const canonical = CITY_CANONICAL[plain] ?? plain.replace(/ë/g, "yo").replace(/Ë/g, "Yo");
    if (letters(canonical) < MIN_LETTERS || STOPWORDS.has(canonical) || STOPWORDS.has(plain)) continue;
    const key = canonical.toLowerCase();
    if (standalone.has(key)) continue;
    const home = stemHome.get(key);
    if (home && !federal.has(canonical) && home !== regionOfState.get(`${city.countryCode}:${city.stateCode}`)) continue;
    const region = regionOfState.get(`${city.countryCode}:${city.stateCode}`)?.name;
    addCity(canonical, sideOf(city.countryCode, city.stateCode), [plain, plain.replace(/ë/g, "e").replace(/Ë/g, "E")], region);
  }

  for (const [name, country] of EXTRA_CITIES) {
    if (cities.has(name)) throw new Error(`EXTRA_CITIES: the package now has "${name}": remove it from exonyms.ts`);
    addCity(name, country, []);
  }
  for (const [alias, canonical] of Object.entries(CITY_ALIASES)) {
    const entry = cities.get(canonical);
    if (!entry) throw new Error(`CITY_ALIASES: no city "${canonical}" for "${alias}"`);
    entry.spellings.add(alias);
  }

  const out: Record<Country, string[]> = { UA: [], RU: [] };
  const claimed = new Map<string, string>();
  for (const [canonical, { countries, spellings, regions: inRegions }] of [...cities].sort(([a], [b]) => byCodePoint(a, b))) {
    // A name in both countries says nothing about which side was hit, unless copy means one of them
    const country: Country | undefined = countries.size === 1 ? [...countries][0] : CITY_SIDE[canonical];
    if (!country) continue;
    const own = [...spellings].filter((s) => !cities.has(s) || s === canonical).sort(byCodePoint);
    for (const s of [canonical, ...own]) {
      const other = claimed.get(s);
      if (other) throw new Error(`"${s}" spells both "${other}" and "${canonical}"`);
      claimed.set(s, canonical);
    }
    // (a name the package files under two regions, "Mykolaivka" in many, is in neither for certain: no region)
    const region = inRegions.size === 1 ? `${REGION_MARK}${[...inRegions][0]!}` : "";
    out[country].push([canonical, ...own].join("|") + region);
  }

  const sortedRegions = regions
    .map((r) => ({ ...r, stems: [...new Set(r.stems)], names: [...new Set(r.names)] }))
    .sort((a, b) => byCodePoint(a.country, b.country) || byCodePoint(a.name, b.name));
  return { source: source.version, regions: sortedRegions, cities: out };
}

/** places.json as committed: one region and one city a line, so an update's diff reads as a list of places. */
export function formatGazetteer(g: Gazetteer): string {
  const list = (items: readonly string[], indent: string) => `[\n${items.map((i) => indent + i).join(",\n")}\n${indent.slice(2)}]`;
  return [
    "{",
    `  "source": ${JSON.stringify(g.source)},`,
    `  "regions": ${list(g.regions.map((r) => JSON.stringify(r)), "    ")},`,
    `  "cities": {`,
    `    "UA": ${list(g.cities.UA.map((c) => JSON.stringify(c)), "      ")},`,
    `    "RU": ${list(g.cities.RU.map((c) => JSON.stringify(c)), "      ")}`,
    "  }",
    "}",
    "",
  ].join("\n");
}
