import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, figure: string) => data.claims.find((c) => c.article_id === id && `${c.metric}:${c.value}` === figure)?.event_id;

// 22 June 2024: 16 missiles and 13 drones overnight, and a guided bomb on a Kharkiv apartment block that afternoon
const afternoon = [
  result("reuters", "2024-06-22", "KHARKIV, June 22 - A Russian guided bomb struck an apartment building in Kharkiv on Saturday afternoon, killing three people. Regional governor Oleh Syniehubov said 52 people had been wounded."),
  result("portal", "2024-06-22", "A Russian guided bomb hit a five-storey building in Kharkiv on Saturday afternoon. Three people were killed and 52 injured, Syniehubov said in the evening."),
  result("liveblog", "2024-06-22", "The number of people injured in this afternoon's strike on Kharkiv has risen to 52, governor Syniehubov says. Three people were killed in the afternoon strike on Kharkiv."),
];
const night = [
  result("wire", "2024-06-22", "Russia launched 16 missiles and 13 drones at Ukraine overnight, targeting energy facilities, the Air Force said."),
  result("grid", "2024-06-22", "The Air Force said Russia had launched 16 missiles and 13 drones overnight. Ukrenergo said two of its workers were injured."),
];

describe("a daytime strike's tolls told under the night before it", () => {
  it("moves the tolls other reports give for the afternoon strike ('Synegubov said 52 people had been wounded')", () => {
    const afp = result("afp", "2024-06-22", "Russia launched 16 missiles and 13 drones at Ukraine overnight, the Air Force said. A Russian guided bomb tore through an apartment building in Kharkiv, killing three people. Regional governor Oleg Synegubov said 52 people had been wounded.");
    const data = buildDatasets([...afternoon, ...night, afp]);
    expect(eventOf(data, "afp", "injured:52")).toBe(eventOf(data, "reuters", "injured:52"));
    expect(eventOf(data, "afp", "launched:16")).toBe(eventOf(data, "wire", "launched:16"));
    expect(eventOf(data, "afp", "launched:16")).not.toBe(eventOf(data, "afp", "injured:52"));
  });

  it("leaves a toll the night's reports give as often ('two of its workers were injured'), and a lone small toll", () => {
    const energy = result("energy", "2024-06-22", "Russia launched 16 missiles and 13 drones at Ukraine overnight. Two workers were injured at a power plant, Ukrenergo said.");
    const dayTwo = [
      result("d1", "2024-06-22", "A drone hit a shop in Kharkiv on Saturday afternoon, injuring two people."),
      result("d2", "2024-06-22", "Two people were injured when a drone hit a shop in Kharkiv on Saturday afternoon."),
    ];
    const data = buildDatasets([...afternoon, ...night, ...dayTwo, energy]);
    expect(eventOf(data, "energy", "injured:2")).toBe(eventOf(data, "energy", "launched:16"));
  });

  it("leaves a toll told of another place than the daytime strike's ('In Zaporizhzhia, one person was killed and two were injured')", () => {
    const zp = result("zp", "2024-06-22", "Russia launched 16 missiles and 13 drones at Ukraine overnight, the Air Force said. In Zaporizhzhia, one person was killed and two were injured, governor Ivan Fedorov said.");
    const shop = [
      result("s1", "2024-06-22", "A Russian guided bomb struck a shop in Kharkiv on Saturday afternoon, killing one person and injuring two."),
      result("s2", "2024-06-22", "A Russian guided bomb struck a shop in Kharkiv on Saturday afternoon, killing one person and injuring two."),
    ];
    const data = buildDatasets([...night, ...shop, zp]);
    expect(eventOf(data, "zp", "killed:1")).toBe(eventOf(data, "zp", "launched:16"));
    expect(eventOf(data, "zp", "injured:2")).toBe(eventOf(data, "zp", "launched:16"));
    // (nor a small pair told of no place: one killed and two injured is too common to tell the strike)
    const bare = result("bare", "2024-06-22", "Russia launched 16 missiles and 13 drones at Ukraine overnight, the Air Force said. One person was killed and two were injured, the governor said.");
    const plain = buildDatasets([...night, ...shop, bare]);
    expect(eventOf(plain, "bare", "killed:1")).toBe(eventOf(plain, "bare", "launched:16"));
    // (but the pair told of the daytime strike's place goes to it)
    const kh = result("kh", "2024-06-22", "Russia launched 16 missiles and 13 drones at Ukraine overnight, the Air Force said. In Kharkiv, one person was killed and two were injured, governor Oleh Syniehubov said.");
    const there = buildDatasets([...night, ...shop, kh]);
    expect(eventOf(there, "kh", "killed:1")).toBe(eventOf(there, "s1", "killed:1"));
  });

  it("moves the sentence that tells what the daytime strike hit, right before its tolls ('A Russian drone has hit a kindergarten')", () => {
    const nightOf22 = [
      result("n1", "2025-10-22", "Russia attacked Ukraine overnight with 405 drones and 28 missiles, the Air Force said. A drone hit an energy facility in the Kyiv region."),
      result("n2", "2025-10-22", "Russia launched 405 drones and 28 missiles at Ukraine overnight, the Air Force said."),
    ];
    const kindergarten = [
      result("k1", "2025-10-22", "A Russian drone struck a kindergarten in Kharkiv on Wednesday afternoon, killing one man and injuring seven people, governor Oleh Syniehubov said."),
      result("k2", "2025-10-22", "On Wednesday afternoon a Russian drone hit a kindergarten in Kharkiv. One man was killed and seven people were injured, Syniehubov said."),
      result("k3", "2025-10-22", "A Russian drone hit a kindergarten in Kharkiv on Wednesday afternoon. One man was killed and seven were injured."),
    ];
    const blog = result("blog", "2025-10-22", "Russia attacked Ukraine overnight with 405 drones and 28 missiles, the Air Force says.\n\nBREAKING: A Russian drone has hit a kindergarten in the Kholodnohirskyi district of Kharkiv, regional governor Oleh Syniehubov says.\n\nSyniehubov: one man was killed and seven people were injured in the strike on the kindergarten.");
    const data = buildDatasets([...nightOf22, ...kindergarten, blog]);
    expect(eventOf(data, "blog", "killed:1")).toBe(eventOf(data, "k1", "killed:1"));
    expect(eventOf(data, "blog", "hit:1")).toBe(eventOf(data, "k2", "hit:1"));
    expect(eventOf(data, "blog", "launched:405")).toBe(eventOf(data, "n2", "launched:405"));
    // (a hit of no place, or not right before the tolls, stays with the night)
    const energy = result("energy", "2025-10-22", "Russia attacked Ukraine overnight with 405 drones and 28 missiles, the Air Force says. A drone hit an energy facility. In Kharkiv, one man was killed and seven people were injured in the strike on a kindergarten.");
    const other = buildDatasets([...nightOf22, ...kindergarten, energy]);
    expect(eventOf(other, "energy", "killed:1")).toBe(eventOf(other, "k1", "killed:1"));
    expect(eventOf(other, "energy", "hit:1")).toBe(eventOf(other, "energy", "launched:405"));
  });

  it("moves what the daytime strike hit with the tolls told in its sentence ('a ballistic missile struck a cargo ship in port, killing four')", () => {
    const nightOf11 = [
      result("n1", "2025-03-11", "Russia launched 126 drones and one ballistic missile at Ukraine overnight, the Air Force said."),
      result("n2", "2025-03-11", "Russia attacked Ukraine with 126 drones overnight, the Air Force said. One drone hit a house in Sumy."),
    ];
    const port = [
      result("p1", "2025-03-11", "Russia struck the port of Odesa with a ballistic missile on Tuesday afternoon, hitting a cargo vessel. Four crew members were killed and two people were injured, Oleksiy Kuleba said."),
      result("p2", "2025-03-11", "A Russian ballistic missile hit a cargo vessel in the port of Odesa on Tuesday afternoon, killing four crew members and injuring two, Kuleba said."),
    ];
    const wire = result("wire", "2025-03-11", "Russia launched 126 drones and one ballistic missile at Ukraine overnight, Ukraine's Air Force said.\n\nIn Odesa, a Russian ballistic missile struck a cargo ship in port, killing four Syrian nationals and injuring two Ukrainians, Deputy Prime Minister Oleksiy Kuleba said.");
    const data = buildDatasets([...nightOf11, ...port, wire]);
    expect(eventOf(data, "wire", "killed:4")).toBe(eventOf(data, "p1", "killed:4"));
    expect(eventOf(data, "wire", "hit:1")).toBe(eventOf(data, "p2", "hit:1"));
    expect(eventOf(data, "wire", "launched:126")).toBe(eventOf(data, "n1", "launched:126"));
    // (a hit with a lone small toll stays: "a drone hit a house, injuring one person" is any night's)
    const house = result("house", "2025-03-11", "Russia launched 126 drones and one ballistic missile at Ukraine overnight, the Air Force said. A drone hit a house, injuring one person.");
    const other = buildDatasets([...nightOf11, ...port, result("p3", "2025-03-11", "A drone hit a shop in Odesa on Tuesday afternoon, injuring one person."), result("p4", "2025-03-11", "On Tuesday afternoon a drone hit a shop in Odesa, injuring one person."), house]);
    expect(eventOf(other, "house", "injured:1")).toBe(eventOf(other, "house", "launched:126"));
    expect(eventOf(other, "house", "hit:1")).toBe(eventOf(other, "house", "launched:126"));
    // (nor a hit with a lone small toll at a place that day's reports name: the place alone does not tell it)
    const ward = result("ward", "2025-03-11", "Russia launched 126 drones and one ballistic missile at Ukraine overnight, the Air Force said. In Odesa, a Russian drone hit a shop, injuring one person.");
    const named = buildDatasets([...nightOf11, ...port, result("p5", "2025-03-11", "A drone hit a shop in Odesa on Tuesday afternoon, injuring one person."), result("p6", "2025-03-11", "On Tuesday afternoon a drone hit a shop in Odesa, injuring one person."), ward]);
    expect(eventOf(named, "ward", "injured:1")).toBe(eventOf(named, "ward", "launched:126"));
  });

  it("moves a loose toll with the exact one that tells the daytime strike ('killing 12 soldiers and wounding more than 60')", () => {
    const nightOf1 = [
      result("n1", "2025-06-01", "Russia launched 472 drones and seven missiles at Ukraine overnight, the Air Force said."),
      result("n2", "2025-06-01", "The Air Force said Russia had launched 472 drones overnight. Dozens of people were injured across the country."),
    ];
    const unit = [
      result("u1", "2025-06-01", "On Sunday afternoon a Russian missile struck a training unit of the Ground Forces, killing 12 soldiers and wounding more than 60."),
      result("u2", "2025-06-01", "A Russian missile strike on a training unit on Sunday afternoon killed 12 servicemen and wounded more than 60, the Ground Forces said."),
    ];
    const blog = result("blog", "2025-06-01", "Russia launched 472 drones and seven missiles at Ukraine overnight, the Air Force said.\n\nUkraine's Ground Forces said a Russian missile struck one of their training units earlier today, killing 12 soldiers and wounding more than 60.");
    const data = buildDatasets([...nightOf1, ...unit, blog]);
    expect(eventOf(data, "blog", "killed:12")).toBe(eventOf(data, "u1", "killed:12"));
    expect(eventOf(data, "blog", "injured:60")).toBe(eventOf(data, "u1", "killed:12"));
    expect(eventOf(data, "blog", "launched:472")).toBe(eventOf(data, "n1", "launched:472"));
    // (loose tolls alone tell no strike: "dozens of people were injured" stays with the night)
    const loose = result("loose", "2025-06-01", "Russia launched 472 drones and seven missiles at Ukraine overnight, the Air Force said. More than 60 people were injured.");
    const other = buildDatasets([...nightOf1, ...unit, loose]);
    expect(eventOf(other, "loose", "injured:60")).toBe(eventOf(other, "loose", "launched:472"));
  });
});
