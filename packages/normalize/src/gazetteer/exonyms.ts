// What country-state-city lacks or spells unlike English-language copy. Read by the build script only
// (scripts/build-gazetteer.ts); findPlaces reads the generated places.json.
import type { Country } from "./schema.ts";

/**
 * The package names Ukraine's oblasts in Ukrainian adjective form ("Kharkivska oblast"); English copy
 * writes the noun ("Kharkiv region"). Keyed by the package's name. The build fails when an oblast has no entry.
 */
export const UA_OBLAST_STEMS: Readonly<Record<string, string>> = {
  "Cherkaska oblast": "Cherkasy",
  "Chernihivska oblast": "Chernihiv",
  "Chernivetska oblast": "Chernivtsi",
  "Dnipropetrovska oblast": "Dnipropetrovsk",
  "Donetska oblast": "Donetsk",
  "Ivano-Frankivska oblast": "Ivano-Frankivsk",
  "Kharkivska oblast": "Kharkiv",
  "Khersonska oblast": "Kherson",
  "Khmelnytska oblast": "Khmelnytskyi",
  "Kirovohradska oblast": "Kirovohrad",
  "Kyivska oblast": "Kyiv",
  "Luhanska oblast": "Luhansk",
  "Lvivska oblast": "Lviv",
  "Mykolaivska oblast": "Mykolaiv",
  "Odeska oblast": "Odesa",
  "Poltavska oblast": "Poltava",
  "Rivnenska oblast": "Rivne",
  "Sumska oblast": "Sumy",
  "Ternopilska oblast": "Ternopil",
  "Vinnytska oblast": "Vinnytsia",
  "Volynska oblast": "Volyn",
  "Zakarpatska Oblast": "Zakarpattia",
  "Zaporizka oblast": "Zaporizhzhia",
  "Zhytomyrska oblast": "Zhytomyr",
};

/**
 * States the package lists that are cities with a region's status: they are found as cities. Their
 * surrounding regions are separate states ("Kyivska oblast", "Moscow Oblast", "Leningrad Oblast").
 */
export const FEDERAL_CITIES: Readonly<Record<string, string>> = {
  Kyiv: "Kyiv",
  Moscow: "Moscow",
  "Saint Petersburg": "St Petersburg",
  Sevastopol: "Sevastopol",
};

/**
 * Russia's republics the package names by adjective ("Chechen Republic"): the English noun, then other
 * spellings that stand alone. "Republic of X" needs an entry only where X is not what copy writes.
 */
export const REPUBLICS: Readonly<Record<string, readonly [string, ...string[]]>> = {
  Chechen: ["Chechnya"],
  Chuvash: ["Chuvashia"],
  Udmurt: ["Udmurtia"],
  "Kabardino-Balkar": ["Kabardino-Balkaria"],
  "Karachay-Cherkess": ["Karachay-Cherkessia"],
  "Mari El": ["Mari El"],
  Komi: ["Komi"],
  Tuva: ["Tuva"],
  Sakha: ["Yakutia", "Sakha"],
  Altai: ["Altai Republic"],
  "North Ossetia-Alania": ["North Ossetia", "North Ossetia-Alania"],
};

/**
 * Who a place counts for. country-state-city files Crimea under Ukraine and Sevastopol under Russia; the
 * hand list this replaces counted both as Russian, and direction (`extract.ts`) needs that: a drone
 * "shot down over Crimea" was launched by Ukraine. This records where the fighting is, not sovereignty.
 * Keyed "country:stateCode" as the package writes them.
 */
export const STATE_SIDE: Readonly<Record<string, Country>> = {
  "UA:43": "RU",
  "RU:UA-40": "RU",
};

/** Outlet spellings of a region's stem ("Kharkov region") → the stem the gazetteer uses. */
export const REGION_ALIASES: Readonly<Record<string, string>> = {
  Kiev: "Kyiv",
  Kharkov: "Kharkiv",
  Odessa: "Odesa",
  Dnipro: "Dnipropetrovsk",
  Dnepropetrovsk: "Dnipropetrovsk",
  Zaporizhia: "Zaporizhzhia",
  Zaporozhye: "Zaporizhzhia",
  Zaporizhzhya: "Zaporizhzhia",
  Nikolaev: "Mykolaiv",
  Mykolayiv: "Mykolaiv",
  Lvov: "Lviv",
  Lugansk: "Luhansk",
  Chernigov: "Chernihiv",
  Kropyvnytskyi: "Kirovohrad",
  Vinnitsa: "Vinnytsia",
  Zhitomir: "Zhytomyr",
  Khmelnitsky: "Khmelnytskyi",
  Khmelnytskyy: "Khmelnytskyi",
  Rovno: "Rivne",
  Transcarpathia: "Zakarpattia",
  Orel: "Oryol",
};

/**
 * The package's spelling of a city (with apostrophes removed) → the one English-language outlets use,
 * for the places in the news. The package's spelling stays a spelling to match.
 */
export const CITY_CANONICAL: Readonly<Record<string, string>> = {
  Zaporizhia: "Zaporizhzhia",
  Mykolayiv: "Mykolaiv",
  "Rostov-na-Donu": "Rostov-on-Don",
  Izmayil: "Izmail",
  Kupjansk: "Kupiansk",
  Uzhgorod: "Uzhhorod",
  Kostyantynivka: "Kostiantynivka",
  Zhukovskiy: "Zhukovsky",
  Berdyansk: "Berdiansk",
  Energodar: "Enerhodar",
  Feodosiya: "Feodosia",
  Yevpatoriya: "Yevpatoria",
  Dzhankoy: "Dzhankoi",
  Grayvoron: "Graivoron",
  Avdiyivka: "Avdiivka",
  Kurakhovo: "Kurakhove",
  Makiyivka: "Makiivka",
  Yenakiyeve: "Yenakiieve",
  Syevyerodonetsk: "Sievierodonetsk",
  Kadiyivka: "Kadiivka",
  Izyum: "Izium",
  Balakliya: "Balakliia",
  Chuhuyiv: "Chuhuiv",
  Trostyanets: "Trostianets",
  Krasnopillya: "Krasnopillia",
  Bilopillya: "Bilopillia",
  Kiliya: "Kiliia",
  Oleksandriya: "Oleksandriia",
  Groznyy: "Grozny",
  Novokuybyshevsk: "Novokuibyshevsk",
  Afipskiy: "Afipsky",
  Saki: "Saky",
};

/** Outlet spellings of a city the package does not have: Russian-derived, old, or typos seen in copy. */
export const CITY_ALIASES: Readonly<Record<string, string>> = {
  Kiev: "Kyiv",
  Kharkov: "Kharkiv",
  Odessa: "Odesa",
  Dnepr: "Dnipro",
  "Dnipropetrovsk city": "Dnipro",
  Zaporozhye: "Zaporizhzhia",
  Lvov: "Lviv",
  Nikolaev: "Mykolaiv",
  Krematorsk: "Kramatorsk", // a typo seen in real copy
  Slovyansk: "Sloviansk",
  "Krivoy Rog": "Kryvyi Rih",
  "St. Petersburg": "St Petersburg",
  Alabuga: "Yelabuga", // the drone plant's economic zone, written for the town
  Rostov: "Rostov-on-Don", // copy's "Rostov" is the regional capital, not Rostov Veliky (Yaroslavl region)
};

/** Cities the package lacks, or drops by the four-letter rule, that copy names. */
export const EXTRA_CITIES: ReadonlyArray<readonly [string, Country]> = [
  ["Ufa", "RU"],
  ["Sheremetyevo", "RU"], // Moscow's airport, reported like a town
  ["Vuhledar", "UA"],
  ["Huliaipole", "UA"],
  ["Tyotkino", "RU"],
  // refinery towns and airbases that strikes are reported at
  ["Ilsky", "RU"],
  ["Lgov", "RU"],
  ["Olenya", "RU"],
  ["Shaykovka", "RU"],
  ["Khalino", "RU"],
  ["Belbek", "RU"],
];

/** Names the package has in both countries: the one copy means. Others in both are left out. */
export const CITY_SIDE: Readonly<Record<string, Country>> = {
  Pokrovsk: "UA",
  Romny: "UA",
  Khorol: "UA",
  Millerovo: "RU", // the airbase in Rostov region that Ukraine's Air Force names as a launch area
};
