/**
 * Countries other than the two sides, by their names and their people's adjective: the one place a country is added. The
 * readers of where a stray weapon came down (third-country.ts, and the airspace counts in figures.ts and extract.ts) and of who
 * speaks (claimants.ts) each build their own patterns from these lists, in their own case and inflection.
 */
export interface Country {
  /** The names copy gives the country ("Turkey", "Türkiye"); none where only its adjective is read ("Czech", "Dutch"). */
  readonly names: readonly string[];
  /** Its people's adjective ("Polish"), which copy puts before an airspace, a village or a ministry of the country. */
  readonly people: readonly string[];
}

const country = (names: string, people: string): Country => ({ names: names ? names.split("|") : [], people: people ? people.split("|") : [] });

/**
 * Ukraine's neighbours where Russia's drones and missiles have strayed and come down (Przewodów in Poland, the Danube bank in
 * Romania, Moldova's villages): their own officials speak of it, so claimants.ts reads them anywhere in a speaker's phrase.
 */
export const STRAY_NEIGHBOURS: readonly Country[] = [country("Poland", "Polish"), country("Romania", "Romanian"), country("Moldova", "Moldovan")];

/** The Baltic states: strays have reached them too, across Belarus, though they do not border Ukraine. */
export const BALTIC_STATES: readonly Country[] = [country("Lithuania", "Lithuanian"), country("Latvia", "Latvian"), country("Estonia", "Estonian")];

/** Every state where a weapon sent at Ukraine has strayed: what a landing abroad or an airspace violation is told of. */
export const STRAY_STATES: readonly Country[] = [...STRAY_NEIGHBOURS, ...BALTIC_STATES];

/** Russia's ally, which speaks of what crossed its own airspace ("Belarus's Defence Ministry said its air defence downed …"). */
export const BELARUS: Country = country("Belarus", "Belarusian");

/**
 * States further from the war, read as a third party when their official or body heads a speaker's phrase ("Hungary's foreign
 * minister", "the Israel Defense Forces"). (Germany, France and Britain by name only: their adjectives, with the US's, are read
 * by a rule of their own in claimants.ts.)
 */
export const FARTHER_STATES: readonly Country[] = [
  country("Israel", "Israeli"),
  country("Iran", "Iranian"),
  country("China", "Chinese"),
  country("Turkey|Türkiye|Turkiye", "Turkish"),
  country("Japan", "Japanese"),
  country("Kazakhstan", "Kazakh"),
  country("India", "Indian"),
  country("Hungary", "Hungarian"),
  country("Slovakia", "Slovak"),
  country("", "Czech"),
  country("Finland", "Finnish"),
  country("Sweden", "Swedish"),
  country("Norway", "Norwegian"),
  country("Denmark", "Danish"),
  country("", "Dutch"),
  country("Italy", "Italian"),
  country("Spain", "Spanish"),
  country("Canada", "Canadian"),
  country("Australia", "Australian"),
  country("Germany", ""),
  country("France", ""),
  country("Britain", ""),
];

/** The names of `countries`, as one alternation for a pattern: "Poland|Romania|…". */
export const namesOf = (countries: readonly Country[]): string => countries.flatMap((c) => c.names).join("|");
/** Their people's adjectives, as one alternation for a pattern: "Polish|Romanian|…". */
export const peopleOf = (countries: readonly Country[]): string => countries.flatMap((c) => c.people).join("|");
