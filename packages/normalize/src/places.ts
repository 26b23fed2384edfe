import type { Side } from "@salvo/core";

export interface Place {
  readonly name: string;
  readonly country: Side;
  readonly kind: "country" | "region" | "city";
}

// Canonical English spelling first, then the spellings outlets use (Russian-derived, old, transliterations).
// Regions are written "X region" / "X oblast" in copy; both resolve to "X region".
const UA_REGIONS: ReadonlyArray<[string, ...string[]]> = [
  ["Kyiv"], ["Kharkiv", "Kharkov"], ["Odesa", "Odessa"], ["Dnipropetrovsk", "Dnipro"], ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya"],
  ["Donetsk"], ["Luhansk", "Lugansk"], ["Kherson"], ["Mykolaiv", "Nikolaev", "Mykolayiv"], ["Sumy"], ["Chernihiv", "Chernigov"],
  ["Poltava"], ["Cherkasy"], ["Kirovohrad", "Kropyvnytskyi"], ["Vinnytsia", "Vinnitsa"], ["Zhytomyr", "Zhitomir"], ["Khmelnytskyi", "Khmelnytskyy", "Khmelnitsky"],
  ["Rivne", "Rovno"], ["Volyn"], ["Lviv", "Lvov"], ["Ternopil"], ["Ivano-Frankivsk"], ["Zakarpattia", "Transcarpathia"], ["Chernivtsi"],
];
const UA_CITIES: ReadonlyArray<[string, ...string[]]> = [
  ["Kyiv", "Kiev"], ["Kharkiv", "Kharkov"], ["Odesa", "Odessa"], ["Dnipro", "Dnepr", "Dnipropetrovsk city"], ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"],
  ["Lviv", "Lvov"], ["Kramatorsk", "Krematorsk"], ["Sloviansk", "Slovyansk"], ["Pokrovsk"], ["Kherson"], ["Mykolaiv"], ["Sumy"], ["Chernihiv"],
  ["Poltava"], ["Kremenchuk"], ["Kryvyi Rih", "Krivoy Rog"], ["Lutsk"], ["Rivne"], ["Ternopil"], ["Khmelnytskyi"], ["Vinnytsia"], ["Zhytomyr"],
  ["Cherkasy"], ["Bila Tserkva"], ["Brovary"], ["Irpin"], ["Bucha"], ["Izmail"], ["Pavlohrad"], ["Kropyvnytskyi"], ["Uman"], ["Konotop"],
  ["Shostka"], ["Chernivtsi"], ["Ivano-Frankivsk"], ["Uzhhorod"], ["Starokostiantyniv"], ["Myrhorod"], ["Bilhorod-Dnistrovskyi"], ["Kostiantynivka"],
  ["Druzhkivka"], ["Lyman"], ["Kupiansk"], ["Nikopol"], ["Marhanets"], ["Okhtyrka"], ["Fastiv"], ["Boryspil"],
];
const RU_REGIONS: ReadonlyArray<[string, ...string[]]> = [
  ["Moscow"], ["Belgorod"], ["Kursk"], ["Bryansk"], ["Voronezh"], ["Rostov"], ["Krasnodar"], ["Oryol", "Orel"], ["Tula"], ["Kaluga"], ["Smolensk"],
  ["Ryazan"], ["Lipetsk"], ["Tambov"], ["Saratov"], ["Volgograd"], ["Nizhny Novgorod"], ["Tver"], ["Yaroslavl"], ["Leningrad"], ["Novgorod"],
  ["Pskov"], ["Vladimir"], ["Ivanovo"], ["Penza"], ["Samara"], ["Astrakhan"], ["Kaliningrad"], ["Tatarstan"], ["Bashkortostan"], ["Chechnya"],
  ["Dagestan"], ["Crimea"], ["Stavropol"], ["Mordovia"], ["Chuvashia"], ["Ulyanovsk"], ["Murmansk"], ["Orenburg"],
];
const RU_CITIES: ReadonlyArray<[string, ...string[]]> = [
  ["Moscow"], ["St Petersburg", "St. Petersburg", "Saint Petersburg"], ["Belgorod"], ["Kursk"], ["Bryansk"], ["Voronezh"], ["Rostov-on-Don"],
  ["Krasnodar"], ["Novorossiysk"], ["Sochi"], ["Tuapse"], ["Ryazan"], ["Tula"], ["Kaluga"], ["Engels"], ["Saratov"], ["Volgograd"], ["Kazan"],
  ["Yelabuga", "Alabuga"], ["Taganrog"], ["Sevastopol"], ["Stanovoye"], ["Domodedovo"], ["Sheremetyevo"], ["Vnukovo"], ["Zhukovsky"],
  ["Podolsk"], ["Ramenskoye"], ["Yaroslavl"], ["Smolensk"], ["Oryol"], ["Lipetsk"], ["Tambov"], ["Penza"], ["Cheboksary"], ["Ufa"],
];

interface Entry {
  readonly re: RegExp;
  readonly place: Place;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

function build(): Entry[] {
  const entries: Entry[] = [];
  const region = (country: Side) => ([name, ...alts]: [string, ...string[]]) => {
    const forms = [name, ...alts].map(escape).join("|");
    const suffix = name === "Crimea" || name === "Tatarstan" || name === "Bashkortostan" || name === "Chechnya" || name === "Dagestan" || name === "Mordovia" || name === "Chuvashia";
    entries.push({
      re: new RegExp(`\\b(?:${forms})(?:ska|ka)?\\s+(?:region|oblast|province|krai|territory)\\b${suffix ? "|\\b(?:" + forms + ")\\b" : ""}`, "iu"),
      place: { name: suffix ? name : `${name} region`, country, kind: "region" },
    });
  };
  const city = (country: Side) => ([name, ...alts]: [string, ...string[]]) => {
    entries.push({ re: new RegExp(`\\b(?:${[name, ...alts].map(escape).join("|")})\\b(?!\\s+(?:region|oblast|province|krai))`, "u"), place: { name, country, kind: "city" } });
  };
  UA_REGIONS.forEach(region("UA"));
  RU_REGIONS.forEach(region("RU"));
  UA_CITIES.forEach(city("UA"));
  RU_CITIES.forEach(city("RU"));
  return entries;
}

const ENTRIES = build();

/** Places named in a text span, normalized, in order of first mention, without repeats. */
export function findPlaces(text: string): Array<Place & { at: number }> {
  const found: Array<Place & { at: number }> = [];
  for (const e of ENTRIES) {
    const m = e.re.exec(text);
    if (m && !found.some((f) => f.name === e.place.name)) found.push({ ...e.place, at: m.index });
  }
  // "Moscow region" also matches the city pattern's guard; a region named drops the bare city of the same name only when at the same spot
  return found
    .filter((f) => !(f.kind === "city" && found.some((g) => g.kind === "region" && g.at === f.at)))
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name));
}

/** Which country a place-name mention points at ("targeting Moscow" → RU), or null. */
export function countryOfPlaces(places: ReadonlyArray<Pick<Place, "country">>): Side | null {
  const sides = new Set(places.map((p) => p.country));
  return sides.size === 1 ? [...sides][0]! : null;
}
