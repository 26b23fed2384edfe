import { z } from "zod";

/** The gazetteer covers the two sides; anywhere else is not in it. */
export const Country = z.enum(["UA", "RU"]);
export type Country = z.infer<typeof Country>;

export const GazetteerRegion = z.object({
  /** The one English name: "Kharkiv region", "Crimea", "Tatarstan". */
  name: z.string().min(1),
  country: Country,
  /** Spellings written before a type word ("Kharkiv", "Kharkov" → "Kharkov oblast"). */
  stems: z.array(z.string().min(1)),
  /** Spellings that name the region on their own ("Kharkivska oblast", "Republic of Tatarstan", "Crimea"). */
  names: z.array(z.string().min(1)),
});
export type GazetteerRegion = z.infer<typeof GazetteerRegion>;

/** Between a city's spellings and its region in a line of `cities`. */
export const REGION_MARK = "@";

export const Gazetteer = z.object({
  /** The package and version the data was derived from, so a bump shows up as a diff. */
  source: z.string(),
  regions: z.array(GazetteerRegion),
  /**
   * Per country, one city a line: "Kyiv|Kiev" is the English name, then other spellings to match; then, after
   * REGION_MARK, the region the town is in when the package files it under one ("Kramatorsk|Krematorsk@Donetsk region").
   */
  cities: z.object({ UA: z.array(z.string().min(1)), RU: z.array(z.string().min(1)) }),
});
export type Gazetteer = z.infer<typeof Gazetteer>;
