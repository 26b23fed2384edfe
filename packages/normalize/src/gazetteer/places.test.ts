import { describe, expect, it } from "vitest";
import { countryOfPlaces, findPlaces, regionOfCity } from "../places.ts";

/** name/kind/country@offset per place: the compact view a reviewer can check by eye. */
function places(text: string): string[] {
  return findPlaces(text).map((p) => `${p.name}/${p.kind}/${p.country}@${p.at}`);
}

describe("finding places", () => {
  it("reads a region written with its type word in any of copy's forms", () => {
    expect(places("Drones hit the Kharkiv region overnight.")).toEqual(["Kharkiv region/region/UA@15"]);
    expect(places("in the Kharkiv Oblast")).toEqual(["Kharkiv region/region/UA@7"]);
    expect(places("the Sumy regional military administration")).toEqual(["Sumy region/region/UA@4"]);
    expect(places("in the Belgorod region")).toEqual(["Belgorod region/region/RU@7"]);
  });

  it("reads the package's own names for regions", () => {
    expect(places("in Kharkivska oblast")).toEqual(["Kharkiv region/region/UA@3"]);
    expect(places("Krasnodar Krai")).toEqual(["Krasnodar region/region/RU@0"]);
    expect(places("Republic of Tatarstan")).toEqual(["Tatarstan/region/RU@0"]);
    expect(places("Belgorod Oblast")).toEqual(["Belgorod region/region/RU@0"]);
  });

  it("reads a republic or Crimea by its name alone", () => {
    expect(places("a plant in Tatarstan")).toEqual(["Tatarstan/region/RU@11"]);
    expect(places("drones over Crimea")).toEqual(["Crimea/region/RU@12"]);
  });

  it("normalizes outlet spellings to one English name", () => {
    expect(places("Kharkov was shelled")).toEqual(["Kharkiv/city/UA@0"]);
    expect(places("Kiev, Odessa, Dnepr, Lvov, Zaporozhye, Nikolaev")).toEqual([
      "Kyiv/city/UA@0", "Odesa/city/UA@6", "Dnipro/city/UA@14", "Lviv/city/UA@21", "Zaporizhzhia/city/UA@27", "Mykolaiv/city/UA@39",
    ]);
    expect(places("a strike on Krematorsk")).toEqual(["Kramatorsk/city/UA@12"]);
    expect(places("the Dnipro region and the Kharkov region")).toEqual(["Dnipropetrovsk region/region/UA@4", "Kharkiv region/region/UA@26"]);
    expect(places("Zaporizhia")).toEqual(["Zaporizhzhia/city/UA@0"]);
  });

  it("knows Russian cities, refinery towns and airbases that copy names ('Grozny', 'Saky', 'Shaykovka')", () => {
    expect(places("a drone struck Grozny")).toEqual(["Grozny/city/RU@15"]);
    expect(places("Novokuibyshevsk and Afipsky refineries")).toEqual(["Novokuibyshevsk/city/RU@0", "Afipsky/city/RU@20"]);
    expect(places("the Saky airfield and the Shaykovka airbase")).toEqual(["Saky/city/RU@4", "Shaykovka/city/RU@26"]);
  });

  it("tells the Moscow region from the city of Moscow", () => {
    expect(places("The Moscow region governor said debris fell in Moscow.")).toEqual(["Moscow region/region/RU@4", "Moscow/city/RU@47"]);
  });

  it("finds a village from the package with its region", () => {
    expect(places("the village of Stanovoye in the Moscow region")).toEqual(["Stanovoye/city/RU@15", "Moscow region/region/RU@32"]);
  });

  it("reads each stem of a list before a plural type word as a region", () => {
    expect(places("Kursk and Belgorod regions")).toEqual(["Kursk region/region/RU@0", "Belgorod region/region/RU@10"]);
    expect(places("in the Kharkiv, Sumy, and Poltava oblasts")).toEqual(["Kharkiv region/region/UA@7", "Sumy region/region/UA@16", "Poltava region/region/UA@26"]);
    expect(places("Kursk and Belgorod")).toEqual(["Kursk/city/RU@0", "Belgorod/city/RU@10"]);
  });

  it("reports a place once, at its first mention", () => {
    expect(places("Kyiv said Kyiv was hit; Kiev again")).toEqual(["Kyiv/city/UA@0"]);
  });

  it("does not read common words, names or outlets as places", () => {
    expect(places("Victory Day passed in Peace talks; Vladimir Putin spoke.")).toEqual([]);
    expect(places("Ukrainska Pravda reported that the Azov brigade and the Druzhba pipeline were hit.")).toEqual([]);
  });

  it("reads a town only as capitalized in the gazetteer", () => {
    // Mirny (Yakutia, Arkhangelsk region) is a real town; the Russian adjective "mirny" (peaceful) is not
    expect(places("Mirny")).toEqual(["Mirny/city/RU@0"]);
    expect(places("mirny")).toEqual([]);
    expect(places("KYIV")).toEqual([]);
  });
});

describe("first names that are also towns", () => {
  it("reads 'acting mayor Artem Kobzar' as a person, while 'Sumy' and 'the mayor of Kharkiv' stay places", () => {
    expect(findPlaces("Russian drones struck Sumy overnight, injuring four people, acting mayor Artem Kobzar said.").map((p) => p.name)).toEqual(["Sumy"]);
    expect(findPlaces("Artem, a town in the Far East, was not attacked, the mayor of Kharkiv said.").map((p) => p.name)).toEqual(["Artyom", "Kharkiv"]);
  });

  it("reads a town's name before 'river' as the river's, not the town's ('over the Kazanka river' in Kazan)", () => {
    expect(findPlaces("Eight drones attacked Kazan; one was shot down over the Kazanka river.").map((p) => p.name)).toEqual(["Kazan"]);
    expect(findPlaces("A drone hit a house in Kazanka.").map((p) => p.name)).toEqual(["Kazanka"]);
    // (a "river port" is the town's)
    expect(findPlaces("Two drones hit the Kazan river port overnight, injuring a worker.").map((p) => p.name)).toEqual(["Kazan"]);
    expect(findPlaces("A Russian missile hit the Kherson river port on Tuesday, injuring two workers.").map((p) => p.name)).toEqual(["Kherson"]);
  });
});

describe("the country of places", () => {
  it("is the one country they share, else none", () => {
    expect(countryOfPlaces(findPlaces("Drones struck Sevastopol and the Belgorod region"))).toBe("RU");
    expect(countryOfPlaces(findPlaces("from Kursk towards Sumy"))).toBeNull();
    expect(countryOfPlaces([])).toBeNull();
  });
});

describe("a city's region", () => {
  it("is the one the package files the town under, by the city's English name", () => {
    expect(regionOfCity("Kramatorsk")).toBe("Donetsk region");
    expect(regionOfCity("Kharkiv")).toBe("Kharkiv region");
    expect(regionOfCity("Belgorod")).toBe("Belgorod region");
  });

  it("is none for a region, a federal city or a name the package files under several regions", () => {
    expect(regionOfCity("Donetsk region")).toBeNull();
    expect(regionOfCity("Kyiv")).toBeNull();
    expect(regionOfCity("Horodok")).toBeNull(); // (in the Lviv, Khmelnytskyi and Zhytomyr regions)
  });
});
