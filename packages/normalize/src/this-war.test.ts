import { describe, expect, it } from "vitest";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

describe("an article about another war (aboutAnotherWar)", () => {
  const sudan = "Drones attacked the port city of Port Sudan for a third day, the army said. Eleven drones were shot down, it said. A strike on a fuel depot killed 12 people and injured 30.";

  it("gives no figures, though its sentences read as an air attack's", () => {
    expect(normalizeArticle(articleOf(sudan, "2025-05-06")).claims).toEqual([]);
  });

  it("gives no contacts of leaders meeting about something else", () => {
    const r = normalizeArticle(articleOf("U.S. President Donald Trump met Israeli Prime Minister Benjamin Netanyahu at the White House on Monday.", "2025-04-07"));
    expect(r.contacts).toEqual([]);
  });

  it("is read when it names a side, this war's arms or a place of theirs (counter-examples)", () => {
    const russian = normalizeArticle(articleOf(sudan.replace("Drones attacked", "Russian drones attacked").replace("Port Sudan", "Odesa"), "2025-05-06"));
    expect(russian.claims.map((c) => [c.metric, c.value])).toEqual([["shot_down", 11], ["killed", 12], ["injured", 30]]);
    const byPlace = normalizeArticle(articleOf("Drones attacked Kharkiv overnight, the regional governor said. Eleven drones were shot down, he said.", "2025-05-06"));
    expect(byPlace.claims.map((c) => [c.metric, c.value, c.attacker])).toEqual([["shot_down", 11, "RU"]]);
    const byArms = normalizeArticle(articleOf("Eleven Shahed drones were shot down overnight, the Air Force said. Iranian engineers designed them.", "2025-05-06"));
    expect(byArms.claims.map((c) => [c.metric, c.value])).toEqual([["shot_down", 11]]);
  });

  it("is read when it names only the country that made the weapons (counter-example)", () => {
    const brief = normalizeArticle(articleOf("Air defences shot down 63 of the 90 Iranian-made attack drones launched overnight, the air force said.", "2024-03-01"));
    expect(brief.claims.map((c) => [c.metric, c.value])).toEqual([["shot_down", 63], ["launched", 90]]);
  });

  it("is read when it names no place at all: the brief of an outlet that needs not say whose war", () => {
    const brief = normalizeArticle(articleOf("Air defences downed 63 drones overnight, the Air Force said.", "2025-07-10"));
    expect(brief.claims.map((c) => [c.metric, c.value])).toEqual([["shot_down", 63]]);
  });
});

describe("a sentence about another war (anotherWar)", () => {
  const counts = (text: string) => normalizeArticle(articleOf(`Russia launched 300 drones at Ukraine overnight, the Air Force said. ${text}`, "2025-06-01")).claims.map((c) => c.value);

  it("reads the main clause past an aside that names Russia", () => {
    expect(counts("Iran, which sold Russia the original design, launched around 170 drones at Israel in a single night.")).toEqual([300]);
  });

  it("still reads a sentence whose main clause is ours (counter-example)", () => {
    expect(counts("Israel, which has helped Ukraine, said 12 drones were shot down over Kyiv.")).toEqual([300, 12]);
  });
});
