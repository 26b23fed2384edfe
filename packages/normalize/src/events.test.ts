import { describe, expect, it } from "vitest";
import { bestBorneOut, boundBorneOutBy, buildDatasets, uniqueContactIds } from "./events.ts";
import { normalizeArticle } from "./index.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
const eventsOf = (...results: ReturnType<typeof result>[]) => {
  const data = buildDatasets(results);
  return new Set(data.claims.map((c) => c.event_id)).size;
};
const eventOfArticle = (data: ReturnType<typeof buildDatasets>, id: string) => new Set(data.claims.filter((c) => c.article_id === id).map((c) => c.event_id));

describe("one night reported on two days", () => {
  it("joins a night anchored a day late when the reports share an exact count and contradict on none", () => {
    const first = result("a", "2025-07-09", "Russia launched 728 drones and 13 missiles at Ukraine overnight, the Air Force said.");
    const nextDay = result("b", "2025-07-10", "Russia launched 728 drones at Ukraine overnight, the Air Force said, and air defences shot down 718 of them.");
    expect(eventsOf(first, nextDay)).toBe(1);
  });

  it("keeps two nights apart when their counts differ, or when one count is shared but another contradicts it", () => {
    const monday = result("a", "2025-07-09", "Russia launched 728 drones at Ukraine overnight, the Air Force said.");
    const tuesday = result("b", "2025-07-10", "Russia launched 400 drones at Ukraine overnight, the Air Force said.");
    expect(eventsOf(monday, tuesday)).toBe(2);
    const a = result("a", "2025-07-09", "Russia launched 120 drones overnight; air defences shot down 100 drones, the Air Force said.");
    const b = result("b", "2025-07-10", "Russia launched 120 drones overnight; air defences shot down 90 drones, the Air Force said.");
    expect(eventsOf(a, b)).toBe(2);
  });

  it("never joins small counts, which consecutive nights often repeat", () => {
    const a = result("a", "2025-07-09", "Russia launched 12 drones at Ukraine overnight, the Air Force said.");
    const b = result("b", "2025-07-10", "Russia launched 12 drones at Ukraine overnight, the Air Force said.");
    expect(eventsOf(a, b)).toBe(2);
  });

  it("keeps an evening strike apart from the night that ended that morning", () => {
    const night = result("a", "2024-11-17", "Russia launched 120 missiles and 90 drones at Ukraine overnight, the Air Force said.");
    const evening = result("b", "2024-11-18", "A Russian missile strike on Sumy on Sunday evening killed 11 people, officials said.");
    expect(eventsOf(night, evening)).toBe(2);
  });

  it("joins a daytime strike to the night that ended that day when they share two counts and contradict on none", () => {
    const night = result("a", "2024-02-15", "Early on Thursday Russia fired 26 missiles of different types at Ukraine, the Ukrainian Air Force said, of which 13 were shot down.");
    const day = result("b", "2024-02-17", "On Thursday Russia fired 26 missiles of various types at Ukraine in a daytime attack, the Air Force said, and 13 of them were shot down.");
    expect(eventsOf(night, day)).toBe(1);
    // (not when the night counts a weapon the day does not, nor when a count differs)
    const drones = result("c", "2024-02-15", "Russia fired 26 missiles and 40 drones at Ukraine overnight, the Ukrainian Air Force said; 13 missiles were shot down.");
    expect(eventsOf(drones, day)).toBe(2);
    const other = result("d", "2024-02-15", "Russia fired 26 missiles at Ukraine overnight, the Ukrainian Air Force said; 20 were shot down.");
    expect(eventsOf(other, day)).toBe(2);
  });

  it("keeps a daytime strike told by its afternoon apart from a night told as overnight or early, whatever they count", () => {
    // (telling counts, but the day is the afternoon and the night is early: two attacks)
    const barrage = result("f", "2024-02-15", "Early on Thursday Russia fired 26 missiles of different types at Ukraine, the Ukrainian Air Force said, of which 13 were shot down.");
    const afternoonBarrage = result("g", "2024-02-17", "On Thursday afternoon Russia fired 26 missiles of various types at Ukraine in a daytime attack, the Air Force said, and 13 of them were shot down.");
    expect(eventsOf(barrage, afternoonBarrage)).toBe(2);
    // (small counts too: "two missiles … two were shot down" early and in the afternoon)
    const night = result("a", "2024-02-15", "Early on Thursday Ukraine fired two missiles at the Belgorod region, and two were shot down.");
    const afternoon = result("b", "2024-02-17", "On Thursday afternoon Ukraine fired two missiles at the Belgorod region in a daytime attack; two were shot down.");
    expect(eventsOf(night, afternoon)).toBe(2);
    // (a "daytime attack" with no hour may be the morning the night ran into: still joined)
    const daytime = result("h", "2024-02-17", "On Thursday Russia fired 26 missiles of various types at Ukraine in a daytime attack, the Air Force said, and 13 of them were shot down.");
    expect(eventsOf(barrage, daytime)).toBe(1);
  });

  it("never chains three nights into one through pairs that each agree", () => {
    const a = result("a", "2025-09-06", "Russia launched 100 drones at Ukraine overnight, the Air Force said.");
    const b = result("b", "2025-09-07", "Russia launched 100 drones at Ukraine overnight and 300 missiles, the Air Force said.");
    const c = result("c", "2025-09-08", "Russia launched 300 missiles at Ukraine overnight, the Air Force said.");
    expect(eventsOf(a, b, c)).toBeGreaterThanOrEqual(2);
  });
});

describe("a part told before the toll it is among", () => {
  it("keeps the toll as the event's best, not the part ('Two Israeli citizens were among the 12 people injured')", () => {
    const a = result("a", "2025-07-10", "A Russian missile struck Odesa on Thursday. Two Israeli citizens were among the 12 people injured in the strike on Odesa.");
    expect(buildDatasets([a]).strikes.map((s) => s.injured_best)).toEqual([12]);
    // (a toll with its part after it stays as it was)
    const b = result("b", "2025-07-10", "A Russian missile struck Odesa on Thursday, injuring 12 people, among them two children.");
    expect(buildDatasets([b]).strikes.map((s) => s.injured_best)).toEqual([12]);
  });
});

describe("one report filed under a neighbouring night", () => {

  it("moves it to the night whose count it repeats when it contradicts the reports of its own night", () => {
    // the night to the 9th: 300 drones (a, b); the night to the 10th: 728 (c). d dates its 728 to the 9th.
    const a = result("a", "2025-07-09", "Russia launched 300 drones at Ukraine overnight, the Air Force said.");
    const b = result("b", "2025-07-09", "Russia launched 300 drones overnight, the Air Force said, and 280 were shot down.");
    const c = result("c", "2025-07-10", "Russia launched 728 drones at Ukraine overnight, the Air Force said.");
    const d = result("d", "2025-07-11", "Russia launched 728 drones on the night of 8-9 July, the Air Force said.");
    const data = buildDatasets([a, b, c, d]);
    expect(eventOfArticle(data, "d")).toEqual(eventOfArticle(data, "c"));
    expect(eventOfArticle(data, "a")).toEqual(eventOfArticle(data, "b"));
    expect(eventOfArticle(data, "a")).not.toEqual(eventOfArticle(data, "c"));
  });

  it("leaves it when only a round count matches the neighbour, or its toll agrees with its own night", () => {
    const c = result("c", "2025-07-08", "Russia launched 100 drones at Ukraine overnight, the Air Force said.");
    const a = result("a", "2025-07-09", "Russia launched 100 drones at Ukraine overnight, Zelensky said, and 3 people were killed in Kyiv.");
    const b = result("b", "2025-07-09", "Russia launched 112 drones at Ukraine overnight, Zelensky said. Three people were killed in Kyiv.");
    const data = buildDatasets([a, b, c]);
    expect(eventOfArticle(data, "a")).toEqual(eventOfArticle(data, "b"));
  });

  it("leaves it when it agrees with a report of its own night, or when the neighbour contradicts it too", () => {
    const a = result("a", "2025-07-09", "Russia launched 300 drones at Ukraine overnight, the Air Force said.");
    const c = result("c", "2025-07-10", "Russia launched 728 drones at Ukraine overnight, the Air Force said, and 718 were shot down.");
    const d = result("d", "2025-07-11", "Russia launched 728 drones on the night of 8-9 July, the Air Force said, and 700 were shot down.");
    const data = buildDatasets([a, c, d]);
    expect(eventOfArticle(data, "d")).not.toEqual(eventOfArticle(data, "c"));
  });
});

describe("a lone report filed under a strike two days or a daylight apart", () => {

  it("joins the strike whose telling count it repeats when no report of its own night agrees with it", () => {
    // the night to the 8th: 458 drones (a); c misreads "early on Saturday" as the night to the 10th, where b and d tell 300
    const a = result("a", "2025-11-08", "Russia launched 458 drones and 45 missiles at Ukraine overnight, the Air Force said.");
    const b = result("b", "2025-11-10", "Russia launched 300 drones at Ukraine overnight, the Air Force said.");
    const c = result("c", "2025-11-10", "Russia launched 458 drones at Ukraine overnight, the Air Force said.");
    const d = result("d", "2025-11-10", "Russia launched 300 drones overnight, the Air Force said, and 280 were shot down.");
    const data = buildDatasets([a, b, c, d]);
    expect(eventOfArticle(data, "c")).toEqual(eventOfArticle(data, "a"));
    expect(eventOfArticle(data, "b")).toEqual(eventOfArticle(data, "d"));
    expect(eventOfArticle(data, "a")).not.toEqual(eventOfArticle(data, "b"));
  });

  it("joins the strike whose small counts it repeats together, one of them 10 or more", () => {
    // the night to 19 Dec: 35 Shaheds, 30 destroyed (a, b); c, published a day later, files the same night a night late
    const a = result("a", "2022-12-19", "Ukraine's Air Force said Russia launched 35 Shahed drones overnight and 30 were destroyed.");
    const b = result("b", "2022-12-19", "Russia launched 35 drones overnight and 30 were shot down, the Air Force said.");
    const c = result("c", "2022-12-20", "From 35 launched Shaheds, 30 were destroyed overnight, informed the Ukrainian Air Force.");
    const data = buildDatasets([a, b, c]);
    expect(eventOfArticle(data, "c")).toEqual(eventOfArticle(data, "a"));
  });

  it("leaves it when it repeats one small count only, or only counts below 10", () => {
    const a = result("a", "2022-12-19", "Ukraine's Air Force said Russia launched 35 Shahed drones overnight and 30 were destroyed.");
    const c = result("c", "2022-12-20", "Russia launched 35 Shahed drones overnight and 28 were destroyed, the Air Force said.");
    const d = result("d", "2022-12-19", "Russia launched 6 drones overnight and 4 were shot down, the Air Force said.");
    const e = result("e", "2022-12-20", "Russia launched 6 drones overnight and 4 were shot down, the Air Force said.");
    const data = buildDatasets([a, c, d, e]);
    expect(eventOfArticle(data, "c")).not.toEqual(eventOfArticle(data, "a"));
    expect(eventOfArticle(data, "e")).not.toEqual(eventOfArticle(data, "d"));
  });

  it("leaves it when the counts it repeats are small two-digit ones that back-to-back nights share ('20 launched, 18 shot down')", () => {
    const night = (id: string, published: string, launched: number, down: number) =>
      result(id, published, `Russia launched ${launched} Shahed drones at Ukraine overnight and ${down} were shot down, the Air Force said.`);
    const data = buildDatasets([night("a", "2023-07-19", 20, 18), night("b", "2023-07-20", 20, 18)]);
    expect(eventOfArticle(data, "b")).not.toEqual(eventOfArticle(data, "a"));
    const three = buildDatasets([night("a", "2023-07-19", 16, 15), night("b", "2023-07-19", 16, 15), night("c", "2023-07-20", 16, 15)]);
    expect(eventOfArticle(three, "c")).not.toEqual(eventOfArticle(three, "a"));
  });

  it("joins it when one of that strike's reports gives a count differently but another gives the same as it", () => {
    const a = result("a", "2025-11-08", "Russia launched 458 drones at Ukraine overnight, the Air Force said, and 406 were shot down.");
    const b = result("b", "2025-11-08", "Russia launched 458 drones at Ukraine overnight, the Air Force said, and 450 were shot down.");
    const late = result("c", "2025-11-10", "Russia launched 458 drones at Ukraine overnight, the Air Force said, and 406 were shot down.");
    expect(eventsOf(a, b, late)).toBe(1);
    const other = result("d", "2025-11-10", "Russia launched 458 drones at Ukraine overnight, the Air Force said, and 300 were shot down.");
    expect(eventsOf(a, b, other)).toBe(2);
  });

  it("joins the night of its day when they share a toll of ten or more ('killed 26 in Ternopil')", () => {
    const night = result("a", "2025-11-19", "Russian missiles struck Ternopil overnight, killing 26 people, officials said.");
    const day = result("b", "2025-11-20", "A Russian missile strike on Ternopil on Wednesday afternoon killed 26 people, officials said.");
    expect(eventsOf(night, day)).toBe(1);
  });

  it("stays when the toll it shares is another place's ('injuring 12' in Kharkiv, the 12 injured in Odesa the next day)", () => {
    const kharkiv = result("a", "2025-06-10", "Russian drones attacked Kharkiv overnight, injuring 12 people, Mayor Ihor Terekhov said.");
    const odesa = result("b", "2025-06-11", "Russian drones struck Odesa on Wednesday afternoon, injuring 12 people, regional governor Oleh Kiper said.");
    const again = result("c", "2025-06-11", "Russian drones struck Odesa on Wednesday afternoon, injuring 12 people and damaging a school, governor Oleh Kiper said on Telegram.");
    expect(eventsOf(kharkiv, odesa, again)).toBe(2);
  });

  it("joins it with the reports of its night that agree only with each other, when more reports there repeat them", () => {
    // a live page and a fact box both misdate the night to the 8th (458 drones, told by x, y, z) to the 10th, where c tells 300
    const x = result("x", "2025-11-08", "Russia launched 458 drones and 45 missiles at Ukraine overnight, the Air Force said.");
    const y = result("y", "2025-11-08", "Russia launched 458 drones at Ukraine overnight, the Air Force said.");
    const z = result("z", "2025-11-08", "Russia launched 458 drones overnight, the Air Force said, and 406 were shot down.");
    const c = result("c", "2025-11-10", "Russia launched 300 drones at Ukraine overnight, the Air Force said.");
    const live = result("a", "2025-11-10", "Russia launched 458 drones and 45 missiles at Ukraine overnight, the Air Force said.");
    const box = result("b", "2025-11-10", "Russia launched 458 drones overnight, the Air Force said, and 45 missiles.");
    const data = buildDatasets([x, y, z, c, live, box]);
    expect(eventOfArticle(data, "a")).toEqual(eventOfArticle(data, "x"));
    expect(eventOfArticle(data, "b")).toEqual(eventOfArticle(data, "x"));
    expect(eventOfArticle(data, "c")).not.toEqual(eventOfArticle(data, "x"));
    // (but not when they are as many as the reports that repeat them there)
    const alone = buildDatasets([x, y, c, live, box]);
    expect(eventOfArticle(alone, "a")).not.toEqual(eventOfArticle(alone, "x"));
    // (nor when a report of their night fits them and contradicts the strike: "launched 80" beside their "shot down 63",
    // where the night before launched 72)
    const p1 = result("p1", "2025-07-09", "Russia launched 72 drones at Ukraine overnight, and 63 were shot down, the Air Force said.");
    const p2 = result("p2", "2025-07-09", "Air defences shot down 63 of 72 Russian drones overnight, the Air Force said.");
    const p3 = result("p3", "2025-07-09", "Ukraine's air defences shot down 63 drones overnight, the Air Force said.");
    const q1 = result("q1", "2025-07-10", "Ukraine's air defences shot down 63 Russian drones overnight, the Air Force said.");
    const q2 = result("q2", "2025-07-10", "Air defences downed 63 drones overnight, the Air Force said.");
    const q3 = result("q3", "2025-07-10", "Russia launched 80 drones at Ukraine overnight, the Air Force said.");
    const nights = buildDatasets([p1, p2, p3, q1, q2, q3]);
    expect(eventOfArticle(nights, "q1")).toEqual(eventOfArticle(nights, "q3"));
    expect(eventOfArticle(nights, "q2")).toEqual(eventOfArticle(nights, "q3"));
  });

  it("stays when a report of its own strike gives its toll as a bound ('at least 28 people were injured')", () => {
    const n1 = result("n1", "2023-12-29", "Russia launched 122 missiles and 36 drones at Ukraine overnight, the Air Force said. Twenty-eight people were injured, regional governor Serhiy Lysak said.");
    const n2 = result("n2", "2023-12-29", "Russia fired 122 missiles at Ukraine overnight, the Air Force said, and 28 people were injured, governor Serhiy Lysak said.");
    const a = result("a", "2023-12-31", "Russian missiles struck Kharkiv on Saturday afternoon. Twenty-eight people were injured, regional governor Oleh Syniehubov said.");
    const b = result("b", "2023-12-30", "Russian missiles struck Kharkiv on Saturday afternoon. At least 28 people were injured, regional governor Oleh Syniehubov said.");
    const data = buildDatasets([n1, n2, a, b]);
    expect(eventOfArticle(data, "a")).toEqual(eventOfArticle(data, "b"));
    expect(eventOfArticle(data, "a")).not.toEqual(eventOfArticle(data, "n1"));
    // (alone under its strike, the same report still joins the night whose reports repeat its toll)
    const alone = buildDatasets([n1, n2, a]);
    expect(eventOfArticle(alone, "a")).toEqual(eventOfArticle(alone, "n1"));
  });

  it("stays when it shares only a round count or a small toll, or when a report of its own night agrees with it (the lone one moves)", () => {
    const a = result("a", "2025-11-08", "Russia launched 100 drones at Ukraine overnight; three people were killed, officials said.");
    const c = result("c", "2025-11-10", "Russia launched 100 drones at Ukraine overnight; three people were killed, officials said.");
    expect(eventsOf(a, c)).toBe(2);
    const x = result("x", "2025-11-08", "Russia launched 458 drones at Ukraine overnight, the Air Force said.");
    const y = result("y", "2025-11-10", "Russia launched 458 drones at Ukraine overnight, and 12 people were killed, officials said.");
    const z = result("z", "2025-11-10", "Twelve people were killed in the Russian attack overnight, officials said.");
    const data = buildDatasets([x, y, z]);
    expect(eventOfArticle(data, "y")).toEqual(eventOfArticle(data, "z"));
    expect(eventOfArticle(data, "x")).toEqual(eventOfArticle(data, "z"));
  });
});

describe("a sentence filed a day off its strike", () => {
  const eventOfSentence = (data: ReturnType<typeof buildDatasets>, id: string, quote: string) => new Set(data.claims.filter((c) => c.article_id === id && c.quote.includes(quote)).map((c) => c.event_id));
  // the night to 18 July: six Kalibrs and 31 Shaheds (b, c); the night to the 19th: 32 Shaheds and 31 missiles (a), which c
  // tells as well, in a sentence its reading files under its own night
  const night18 = "Russia launched six Kalibr missiles and 31 Shahed drones overnight, the Air Force said.";
  const told = "Later the Air Force said Russia attacked with 32 Shaheds and 31 missiles.";
  const a = result("a", "2023-07-19", "Russia attacked overnight with 32 Shaheds and 31 missiles, the Air Force said. It said 37 were destroyed: 23 drones and 14 missiles.");
  const b = result("b", "2023-07-18", `${night18} All six missiles and 21 of the drones were shot down.`);
  const c = result("c", "2023-07-18", `${night18} ${told}`);

  it("joins the strike a day away one report of which gives two of its figures that no report of its own strike gives", () => {
    const data = buildDatasets([a, b, c]);
    expect(eventOfSentence(data, "c", "Later the Air Force")).toEqual(eventOfArticle(data, "a"));
    expect(eventOfSentence(data, "c", "six Kalibr")).toEqual(eventOfArticle(data, "b"));
    // (and the next night's lone report stays its own night's, not pulled to this one by the sentence)
    expect(eventOfArticle(data, "a")).not.toEqual(eventOfArticle(data, "b"));
  });

  it("stays when a report of its own strike gives one of them, or the strike a day away gives another value of one", () => {
    const own = result("d", "2023-07-18", "Russia attacked overnight with 32 Shaheds, the Air Force said.");
    const kept = buildDatasets([a, b, c, own]);
    expect(eventOfSentence(kept, "c", "Later the Air Force")).toEqual(eventOfArticle(kept, "b"));
    const other = result("e", "2023-07-19", "Russia attacked overnight with 40 Shaheds and 31 missiles, the Air Force said.");
    const belied = buildDatasets([a, b, c, other]);
    expect(eventOfSentence(belied, "c", "Later the Air Force")).toEqual(eventOfArticle(belied, "b"));
  });

  it("stays when its toll is told of another place than the strike a day away that gives the same toll", () => {
    // the night to 18 July: 36 Kalibrs (m, d) and a toll d tells after them; e tells Odesa's toll of the next night
    const kalibrs = "Russia launched 36 Kalibr missiles overnight, the Air Force said.";
    const m = result("m", "2023-07-18", `${kalibrs} Air defences shot down 33 of them.`);
    const odesa = result("e", "2023-07-19", "Russia launched 52 missiles at Ukraine overnight, the Air Force said. Russian missiles struck Odesa, killing 14 people and injuring 31, officials said.");
    const toll = (place: string) => result("d", "2023-07-18", `${kalibrs} Russian missiles struck ${place} later, killing 14 people and injuring 31, officials said.`);
    const apart = buildDatasets([m, odesa, toll("Kharkiv")]);
    expect(eventOfSentence(apart, "d", "killing 14")).not.toEqual(eventOfArticle(apart, "e"));
    const same = buildDatasets([m, odesa, toll("Odesa")]);
    expect(eventOfSentence(same, "d", "killing 14")).toEqual(eventOfArticle(same, "e"));
  });
});

describe("an old strike recalled by its month", () => {
  const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, value: number) => data.claims.find((c) => c.article_id === id && c.value === value)?.event_id;
  const recall = result("r", "2025-06-25", "It was the deadliest attack on Dnipro since January 2023, when a Russian missile hit an apartment block and killed 46 people.");

  it("joins the one strike of that month another report gives the same toll for", () => {
    const report = result("a", "2023-01-17", "The toll of Saturday's Russian missile strike on an apartment block in Dnipro rose to 46 killed, officials said.");
    const data = buildDatasets([recall, report]);
    expect(eventOf(data, "r", 46)).toBe(eventOf(data, "a", 46));
  });

  it("stays apart when two strikes that month share the toll, and is never taken for the night that ends the month", () => {
    const a = result("a", "2023-01-17", "The toll of Saturday's Russian missile strike on Dnipro rose to 46 killed, officials said.");
    const b = result("b", "2023-01-29", "A Russian missile strike on Kharkiv on Friday killed 46 people, officials said.");
    const night = result("c", "2023-01-31", "Russia launched 46 drones at Ukraine overnight, and a strike on Kyiv killed 46 people, officials said.");
    const data = buildDatasets([recall, a, b, night]);
    const recalled = eventOf(data, "r", 46);
    expect([eventOf(data, "a", 46), eventOf(data, "b", 46), eventOf(data, "c", 46)]).not.toContain(recalled);
  });
});

describe("a strike told by its month among a period's figures", () => {
  const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, value: number) => data.claims.find((c) => c.article_id === id && c.value === value)?.event_id;
  const report = (id: string) => result(id, "2024-05-27", "A Russian glide bomb strike on a hardware store in Kharkiv on Saturday killed 19 people and injured 50, the governor said.");

  it("joins the one strike of that month whose reports give its toll", () => {
    const recall = result("r", "2024-06-22", "Last month, a glide bomb strike on a hardware store in Kharkiv killed 19 people.");
    const data = buildDatasets([recall, report("a"), report("b")]);
    expect(eventOf(data, "r", 19)).toBe(eventOf(data, "a", 19));
  });

  it("stays the period's when another of its figures is not the strike's, or when one report alone gives the toll", () => {
    const month = result("r", "2024-06-22", "In May, Russian glide bombs killed 19 people and injured 190 in the Kharkiv region, the governor said.");
    const data = buildDatasets([month, report("a"), report("b")]);
    expect(eventOf(data, "r", 19)).not.toBe(eventOf(data, "a", 19));
    const recall = result("r", "2024-06-22", "Last month, a glide bomb strike on a hardware store in Kharkiv killed 19 people.");
    const alone = buildDatasets([recall, report("a")]);
    expect(eventOf(alone, "r", 19)).not.toBe(eventOf(alone, "a", 19));
  });

  it("moves only the sentence that tells the strike, not the round-up's other figures, and a non-exact figure belies too", () => {
    const roundUp = result("r", "2024-08-09", "In July, Russian attacks killed at least 286 civilians and injured more than 1,000, the UN said. Last month, a missile strike on the Okhmatdyt children's hospital in Kyiv killed 33 people.");
    const hospital = (id: string) => result(id, "2024-07-09", "A Russian missile strike on the Okhmatdyt children's hospital in Kyiv on Monday killed 33 people, officials said.");
    const data = buildDatasets([roundUp, hospital("a"), hospital("b")]);
    expect(eventOf(data, "r", 33)).toBe(eventOf(data, "a", 33));
    expect(eventOf(data, "r", 286)).not.toBe(eventOf(data, "a", 33));
    const strike = data.strikes.find((s) => s.event_id === eventOf(data, "a", 33))!;
    expect([strike.event_type, strike.date_start, strike.date_end, strike.killed_best, strike.injured_best]).toEqual(["strike", "2024-07-08", "2024-07-08", 33, null]);
    expect(data.strikes.find((s) => s.event_id === eventOf(data, "r", 286))?.event_type).toBe("aggregate");
    // (a sentence that gives the strike's toll beside a figure its reports do not bear out stays the month's)
    const both = result("r", "2024-08-09", "Last month, a missile strike on the Okhmatdyt children's hospital in Kyiv killed 33 people and injured at least 500.");
    const withInjured = (id: string) => result(id, "2024-07-09", "A Russian missile strike on the Okhmatdyt children's hospital in Kyiv on Monday killed 33 people and injured 100, officials said.");
    const belied = buildDatasets([both, withInjured("a"), withInjured("b")]);
    expect(eventOf(belied, "r", 33)).not.toBe(eventOf(belied, "a", 33));
  });
});

describe("a strike recalled by its month with a bound", () => {
  const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, value: number) => data.claims.find((c) => c.article_id === id && c.value === value)?.event_id;
  const report = (id: string, toll: number) => result(id, "2022-04-10", `A Russian missile strike on the railway station in Kramatorsk on Friday killed ${toll} people, the governor said.`);

  it("joins the one strike of that month whose reports give the toll it rounds down", () => {
    const recall = result("r", "2023-10-06", "In April 2022, a missile strike on the railway station in Kramatorsk killed more than 60 people waiting to be evacuated.");
    const data = buildDatasets([recall, report("a", 61), report("b", 61)]);
    expect(eventOf(data, "r", 60)).toBe(eventOf(data, "a", 61));
  });

  it("stays apart from a toll far above it, and a bound that is not round is a count of its own", () => {
    const recall = result("r", "2023-10-06", "In April 2022, a missile strike on the railway station in Kramatorsk killed more than 60 people waiting to be evacuated.");
    const far = buildDatasets([recall, report("a", 90), report("b", 90)]);
    expect(eventOf(far, "r", 60)).not.toBe(eventOf(far, "a", 90));
    const children = result("r", "2022-05-10", "In April 2022, missile strikes killed at least 19 children, the UN said.");
    const own = buildDatasets([children, report("a", 20), report("b", 20)]);
    expect(eventOf(own, "r", 19)).not.toBe(eventOf(own, "a", 20));
  });
});

describe("a sentence filed under another strike's night", () => {
  const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, value: number) => data.claims.find((c) => c.article_id === id && c.value === value)?.event_id;
  const analysis = result("r", "2024-12-20", "On the night of November 17, Russia fired 120 missiles and 90 drones at Ukraine, the Air Force said.\n\nZelensky said Russia had fired 93 missiles, of which 81 were shot down.");
  const november = (id: string) => result(id, "2024-11-17", "Russia fired 120 missiles and 90 drones at Ukraine overnight, the Air Force said.");
  const december = (id: string, downed: number) => result(id, "2024-12-13", `Russia fired 93 missiles and 200 drones at Ukraine overnight; ${downed} missiles were shot down, the Air Force said.`);

  it("joins the strike whose reports give its counts when they contradict the night it was filed under", () => {
    const data = buildDatasets([analysis, november("a"), november("b"), december("c", 81), december("d", 81)]);
    expect(eventOf(data, "r", 93)).toBe(eventOf(data, "c", 93));
    expect(eventOf(data, "r", 120)).toBe(eventOf(data, "a", 120));
  });

  it("stays where the other strike's reports belie one of its counts, or give only one of them", () => {
    const three = result("r", "2024-12-20", "On the night of November 17, Russia fired 120 missiles and 90 drones at Ukraine, the Air Force said.\n\nZelensky said Russia had fired 93 missiles and 200 drones, and that 81 of the missiles were shot down.");
    const belied = buildDatasets([three, november("a"), november("b"), december("c", 70), december("d", 70)]);
    expect(eventOf(belied, "r", 93)).toBe(eventOf(belied, "a", 120));
    const one = buildDatasets([analysis, november("a"), november("b"), december("c", 70), december("d", 70)]);
    expect(eventOf(one, "r", 93)).toBe(eventOf(one, "a", 120));
  });
});

describe("a sentence filed under a night no other report counts, or beside the counts of its own night", () => {
  const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, value: number) => data.claims.find((c) => c.article_id === id && c.value === value)?.event_id;
  const june6 = (id: string, missiles: number) => result(id, "2025-06-06", `Russia fired 407 drones and ${missiles} missiles at Ukraine overnight, the Air Force said.`);

  it("joins the strike whose reports give two of its counts when it is the one report that counts its night", () => {
    const lone = result("r", "2025-07-01", "On the night of June 3, Russia fired 407 drones and 45 missiles at Ukraine, according to the Air Force.");
    const data = buildDatasets([lone, june6("a", 45), june6("b", 45)]);
    expect(eventOf(data, "r", 407)).toBe(eventOf(data, "a", 407));
  });

  it("stays when those reports belie one of its counts, or another report counts its night too", () => {
    const lone = result("r", "2025-07-01", "On the night of June 3, Russia fired 407 drones and 45 missiles at Ukraine, according to the Air Force.");
    const belied = buildDatasets([lone, june6("a", 30), june6("b", 30)]);
    expect(eventOf(belied, "r", 407)).not.toBe(eventOf(belied, "a", 407));
    const own = result("c", "2025-06-03", "Russia fired 407 drones and 45 missiles at Ukraine overnight, the Air Force said.");
    const counted = buildDatasets([lone, own, june6("a", 45), june6("b", 45)]);
    expect(eventOf(counted, "r", 407)).toBe(eventOf(counted, "c", 407));
  });

  const may26 = (id: string) => result(id, "2025-05-26", "Russia launched 355 drones at Ukraine overnight, the Air Force said.");
  const may25 = (id: string, missiles: number) => result(id, "2025-05-25", `Russia launched 298 drones and ${missiles} missiles at Ukraine overnight, the Air Force said.`);

  it("moves the counts of another night a sentence sets beside its own night's ('355 drones … beat the barrage of 298 drones and 69 missiles')", () => {
    const compared = result("r", "2025-05-27", "On the night of May 26, Russia launched 355 drones, beating the barrage of 298 drones and 69 missiles.");
    const data = buildDatasets([compared, may26("a"), may26("b"), may25("c", 69), may25("d", 69)]);
    expect(eventOf(data, "r", 355)).toBe(eventOf(data, "a", 355));
    expect(eventOf(data, "r", 298)).toBe(eventOf(data, "c", 298));
    expect(eventOf(data, "r", 69)).toBe(eventOf(data, "c", 69));
  });

  it("leaves them when the other night's reports give only one of them", () => {
    const compared = result("r", "2025-05-27", "On the night of May 26, Russia launched 355 drones, beating the barrage of 298 drones and 69 missiles.");
    const data = buildDatasets([compared, may26("a"), may26("b"), may25("c", 40), may25("d", 40)]);
    expect(eventOf(data, "r", 298)).toBe(eventOf(data, "a", 355));
  });
});

describe("a strike its article does not date", () => {
  const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, value: number) => data.claims.find((c) => c.article_id === id && c.value === value)?.event_id;
  const recall = result("r", "2023-04-27", "Two weeks ago, S-300 missiles killed 15 people in Sloviansk.");

  it("joins the one strike of the months before its article that another report gives the same toll for", () => {
    const report = result("a", "2023-04-15", "A Russian missile strike on Sloviansk on Friday killed 15 people, officials said.");
    const data = buildDatasets([recall, report]);
    expect(eventOf(data, "r", 15)).toBe(eventOf(data, "a", 15));
  });

  it("stays apart when two strikes share the toll, and from a strike after its article or long before it", () => {
    const a = result("a", "2023-04-15", "A Russian missile strike on Sloviansk on Friday killed 15 people, officials said.");
    const b = result("b", "2023-04-03", "A Russian missile strike on Kostiantynivka on Sunday killed 15 people, officials said.");
    const both = buildDatasets([recall, a, b]);
    expect([eventOf(both, "a", 15), eventOf(both, "b", 15)]).not.toContain(eventOf(both, "r", 15));
    const later = result("c", "2023-05-06", "A Russian missile strike on Kramatorsk on Friday killed 15 people, officials said.");
    const old = result("d", "2022-11-20", "A Russian missile strike on Kramatorsk on Saturday killed 15 people, officials said.");
    const data = buildDatasets([recall, later, old]);
    expect([eventOf(data, "c", 15), eventOf(data, "d", 15)]).not.toContain(eventOf(data, "r", 15));
  });
});

describe("a strike its article does not date, some of whose figures another strike gives too", () => {
  const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, value: number) => data.claims.find((c) => c.article_id === id && c.value === value)?.event_id;
  const recall = result(
    "r",
    "2022-12-30",
    "Two days after the explosion on the Crimean Bridge, Russia fired 84 cruise missiles and 24 drones at Ukrainian cities, according to commander-in-chief Valerii Zaluzhnyi; 43 missiles and 13 drones were shot down.",
  );
  const barrage = result("a", "2022-10-11", "On Monday Russia fired 84 cruise missiles and 24 drones at Ukraine, Zaluzhnyi said; 43 missiles were shot down.");
  const kyiv = result("b", "2022-12-14", "Overnight, air defences shot down 13 drones over Kyiv, the Air Force said.");

  it("joins the strike that gives most of its figures when another gives only one ('13 drones were shot down' over Kyiv)", () => {
    const data = buildDatasets([recall, barrage, kyiv]);
    expect(eventOf(data, "r", 84)).toBe(eventOf(data, "a", 84));
    expect(eventOf(data, "r", 84)).not.toBe(eventOf(data, "b", 13));
  });

  it("stays apart when two strikes give as many of its figures", () => {
    const counted = result("a", "2022-10-11", "On Monday Russia fired 84 cruise missiles and 24 drones at Ukraine, Zaluzhnyi said.");
    const other = result("c", "2022-11-16", "On Tuesday air defences shot down 43 missiles and 13 drones, the Air Force said.");
    const data = buildDatasets([recall, counted, other]);
    expect([eventOf(data, "a", 84), eventOf(data, "c", 43)]).not.toContain(eventOf(data, "r", 84));
  });
});

describe("claim ids", () => {
  it("are unique when one sentence gives the same number for two weapons", () => {
    const data = buildDatasets([result("a", "2023-07-24", "Russia fired 19 missiles and 19 drones at the south overnight, the Air Force said.")]);
    expect(data.claims.map((c) => `${c.value}:${c.weapon}`)).toEqual(["19:missile", "19:drone"]);
    expect(new Set(data.claims.map((c) => c.claim_id)).size).toBe(2);
  });
});

describe("a day's report beside both a night and a daytime strike that day", () => {
  it("joins the night when its places are only the night's, and the daytime strike otherwise", () => {
    const night = result("a", "2025-04-04", "Russia attacked Kharkiv with drones overnight, killing five people, the mayor said.");
    const evening = result("b", "2025-04-05", "A Russian missile hit a playground in Kryvyi Rih on Friday evening, killing 20 people, the governor said.");
    const aboutKharkiv = result("c", "2025-04-06", "On Friday, Russian drones killed five people in Kharkiv, the mayor said.");
    const aboutKryvyiRih = result("d", "2025-04-06", "On Friday, a Russian missile killed 20 people in Kryvyi Rih, the governor said.");
    const data = buildDatasets([night, evening, aboutKharkiv, aboutKryvyiRih]);
    const eventOf = (id: string) => data.claims.find((c) => c.article_id === id)!.event_id;
    expect(eventOf("c")).toBe(eventOf("a"));
    expect(eventOf("d")).toBe(eventOf("b"));
    expect(eventOf("a")).not.toBe(eventOf("b"));
  });

  it("joins the night when it dates a barrage by its morning with a telling count other reports give for that night", () => {
    const night = result("a", "2024-11-17", "Russia launched 120 missiles and 90 drones at Ukraine overnight, the Air Force said.");
    const evening = result("b", "2024-11-18", "A Russian missile hit an apartment block in Sumy on Sunday evening, killing 11 people, officials said.");
    const morning = result("c", "2024-11-18", "On Sunday morning Russia launched 120 missiles and 90 drones at power plants across the country, the Air Force said.");
    const data = buildDatasets([night, evening, morning]);
    const eventOf = (id: string) => data.claims.find((c) => c.article_id === id)!.event_id;
    expect(eventOf("c")).toBe(eventOf("a"));
    expect(eventOf("a")).not.toBe(eventOf("b"));
    // (but not when a report of that day's daylight strike gives the same count: the barrage came by day)
    const byDay = result("d", "2022-10-11", "Russia fired 84 cruise missiles at Ukraine on Monday afternoon, the military said.");
    const againByDay = result("g", "2022-10-11", "In the afternoon of Monday, Russia fired 84 cruise missiles at Ukraine, the military said.");
    const misread = result("e", "2022-10-11", "Russia fired 84 cruise missiles at Ukraine overnight into Monday, the military said.");
    const misreadToo = result("h", "2022-10-11", "Overnight into Monday, Russia fired 84 cruise missiles at Ukraine, the military said.");
    const told = result("f", "2022-10-12", "On Monday Russia fired 84 cruise missiles at Ukraine, the military said.");
    const both = buildDatasets([byDay, againByDay, misread, misreadToo, told]);
    const eventIn = (id: string) => both.claims.find((c) => c.article_id === id)!.event_id;
    expect(eventIn("f")).toBe(eventIn("d"));
  });

  it("takes the rest of that report with its barrage to the night, but not a report that saw daylight in it", () => {
    const night = result("a", "2024-11-17", "Russia launched 120 missiles and 90 drones at Ukraine overnight, the Air Force said.");
    const evening = result("b", "2024-11-18", "A Russian missile hit an apartment block in Sumy on Sunday evening, killing 11 people, officials said.");
    const statement = result(
      "c",
      "2024-11-18",
      "On the morning of Sunday, 17 November, the enemy carried out a massive combined strike, launching 120 missiles and 90 drones, the Air Force said. Another 41 drones were locationally lost, the Air Force said.",
    );
    const data = buildDatasets([night, evening, statement]);
    const eventsOfArticle = (id: string) => new Set(data.claims.filter((c) => c.article_id === id).map((c) => c.event_id));
    expect(eventsOfArticle("c")).toEqual(eventsOfArticle("a"));
    // (a report of the evening strike that tells the morning's barrage keeps its toll with the evening)
    const sumy = result(
      "d",
      "2024-11-18",
      "The number of people killed in Sunday evening's Russian missile strike on Sumy has risen to 11, officials said. A missile hit the building in the Zarichnyi district at around 20:00 on Sunday. On Sunday morning Russia launched 120 missiles and 90 drones at Ukraine, the Air Force said.",
    );
    const withSumy = buildDatasets([night, evening, sumy]);
    const eventOf = (id: string, metric: string) => withSumy.claims.find((c) => c.article_id === id && c.metric === metric)!.event_id;
    expect(eventOf("d", "hit")).toBe(eventOf("b", "killed"));
  });
});

describe("contacts of one day", () => {
  it("keep a bilateral meeting apart from the three-way one its article told it beside, and join another article's to the same people's", () => {
    const lviv = "Recep Tayyip Erdogan and Antonio Guterres met Volodymyr Zelensky in Lviv on Thursday. Before the three-way talks, Erdogan and Zelensky held a bilateral meeting.";
    const other = "Erdogan, Guterres and Zelensky met in Lviv on Thursday.";
    const data = buildDatasets([result("a", "2022-08-18", lviv), result("b", "2022-08-18", other)]);
    expect(data.diplomacy.map((d) => `${d.participants.join("+")} ${d.article_ids.join(",")}`).sort()).toEqual([
      "Antonio Guterres+Recep Tayyip Erdogan+Volodymyr Zelensky a,b",
      "Recep Tayyip Erdogan+Volodymyr Zelensky a",
    ]);
  });
  it("keep an article's two meetings apart when another article names all three people in one", () => {
    const samarkand = "On Thursday, Putin met Chinese President Xi Jinping in Samarkand. The same day, Putin met Turkish President Recep Tayyip Erdogan.";
    const lead = "Vladimir Putin met Xi Jinping and Recep Tayyip Erdogan in Samarkand on Thursday.";
    const data = buildDatasets([result("b", "2022-09-16", lead), result("a", "2022-09-16", samarkand)]);
    expect(data.diplomacy.filter((d) => d.article_ids.includes("a")).map((d) => d.participants.join("+")).sort()).toEqual(["Recep Tayyip Erdogan+Vladimir Putin", "Recep Tayyip Erdogan+Vladimir Putin+Xi Jinping"]);
  });
  it("still join one article's meeting to another's of the same people", () => {
    const data = buildDatasets([result("a", "2022-09-16", "On Thursday, Putin met Chinese President Xi Jinping in Samarkand."), result("b", "2022-09-16", "Vladimir Putin met Xi Jinping in Samarkand on Thursday.")]);
    expect(data.diplomacy.map((d) => d.article_ids.join(","))).toEqual(["a,b"]);
  });
});

describe("diplomacy event ids", () => {
  it("stay unique when two contacts of one day share their first two participants", () => {
    // Tusk and Nawrocki each spoke with Rutte and, separately, with Zelensky on 10 Sept 2025
    const row = (participants: string[], article_id: string) => ({
      event_id: "dip_same",
      kind: "phone_call" as const,
      date: "2025-09-10",
      participants,
      place: null,
      source_count: 1,
      article_ids: [article_id],
      article_id,
      quote: "…",
      quote_start: 0,
      quote_end: 1,
    });
    const rows = [row(["Donald Tusk", "Karol Nawrocki", "Mark Rutte"], "a"), row(["Donald Tusk", "Karol Nawrocki", "Volodymyr Zelensky"], "b"), { ...row(["Mark Rutte", "Volodymyr Zelensky"], "c"), event_id: "dip_other" }];
    const ids = uniqueContactIds(rows).map((r) => r.event_id);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe("dip_other"); // an id that was unique stays
  });
});

describe("an event's weapon", () => {
  it("is the weapon its casualty figures carry when it counts no weapons ('struck Dnipro with ballistic missiles, killing 17')", () => {
    const data = buildDatasets([result("a", "2025-06-25", "Russia struck Dnipro with ballistic missiles on June 24, killing 17 people and injuring 279, the governor said.")]);
    expect(data.strikes.map((s) => s.weapon)).toEqual(["missile"]);
    const counted = buildDatasets([result("a", "2025-06-25", "Russia launched 40 drones at Dnipro on June 24, killing 17 people, the governor said.")]);
    expect(counted.strikes.map((s) => s.weapon)).toEqual(["drone"]);
  });
});

describe("the weapon of casualties alone", () => {
  it("is the one their sentences name, not every weapon the article mentions", () => {
    const data = buildDatasets([result("a", "2025-06-10", "A Russian missile slammed into a block in Kharkiv on Monday, killing two people, the mayor said.\n\nRussia has stepped up drone attacks on the city in recent weeks.")]);
    expect(data.claims.map((c) => `${c.metric}:${c.weapon}`)).toEqual(["hit:missile", "killed:missile"]);
    expect(data.strikes.map((s) => s.weapon)).toEqual(["missile"]);
  });
});

describe("aggregates of one period", () => {

  it("keeps a period's civilian toll apart from the weapons counted over the same period", () => {
    const toll = result("a", "2025-08-12", "At least 286 civilians were killed and 1,388 injured in Ukraine in July, the UN Human Rights Monitoring Mission said.");
    const drones = result("b", "2025-08-01", "Russia launched 6,297 long-range drones and 198 missiles at Ukraine in July, according to the Air Force.");
    const data = buildDatasets([toll, drones]);
    expect(eventOfArticle(data, "a").size).toBe(1);
    expect(eventOfArticle(data, "a")).not.toEqual(eventOfArticle(data, "b"));
  });

  it("still joins two reports of the same period's weapons, and of its toll", () => {
    const a = result("a", "2025-08-01", "Russia launched 6,297 long-range drones at Ukraine in July, according to the Air Force.");
    const b = result("b", "2025-08-03", "In July, Ukraine's Air Force recorded 6,297 long-range drones and 198 missiles.");
    expect(eventsOf(a, b)).toBe(1);
    const c = result("c", "2025-08-12", "At least 286 civilians were killed in Ukraine in July, the UN Human Rights Monitoring Mission said.");
    const d = result("d", "2025-08-13", "The UN monitoring mission said 286 civilians were killed and 1,388 injured in Ukraine in July.");
    expect(eventsOf(c, d)).toBe(1);
  });
});

describe("tolls of a strike retold under another day", () => {
  const eventOf = (data: ReturnType<typeof buildDatasets>, id: string, value: number) => data.claims.find((c) => c.article_id === id && c.value === value)?.event_id;
  const dnipro = (id: string) =>
    result(id, "2025-06-27", "Russian missiles struck the centre of Dnipro on Tuesday morning, killing 17 people, regional governor Serhiy Lysak said. He said 279 people had been injured, among them 27 children. On Friday the toll reached 20.");
  // (the round-up's reader dates the Dnipro paragraph by the Monday night before it)
  const roundup = () =>
    result(
      "r",
      "2025-06-29",
      "MONDAY, KYIV. In the early hours of Monday, Russia launched 352 drones, including 159 Shahed attack drones, and 16 missiles, according to Zelensky. Mayor Vitali Klitschko first put the toll at five; by Tuesday the city administration said nine people had been killed in the capital.\n\nTUESDAY, DNIPRO. The next attack came in daylight. Shortly after 10 a.m. on Tuesday, as the morning rush hour was ending, Russian missiles hit the centre of Dnipro, damaging a passenger train, a university building and dozens of homes. By Tuesday evening regional governor Serhiy Lysak reported 17 dead; by Wednesday morning, 18. On Friday the toll reached 20. Lysak said 279 people had been injured, among them 27 children - one of the highest injury counts of any single strike this year.",
    );

  it("joins the strike whose reports give its dead and its injured ('Lysak reported 17 dead … 279 people had been injured')", () => {
    const data = buildDatasets([roundup(), dnipro("a"), dnipro("b")]);
    expect(eventOf(data, "r", 17)).toBe(eventOf(data, "a", 17));
    expect(eventOf(data, "r", 279)).toBe(eventOf(data, "a", 279));
    expect(eventOf(data, "r", 352)).not.toBe(eventOf(data, "a", 17));
  });

  it("stays with one toll alone, or where another report of its strike gives its tolls too", () => {
    // (two of one toll, "17 … 20", may be any strike's growing count)
    const night = result("n", "2025-06-29", "Russian missiles struck Dnipro overnight, killing 17 people, and by evening the toll had reached 20, officials said.");
    const one = buildDatasets([night, dnipro("a"), dnipro("b")]);
    expect(eventOf(one, "n", 17)).toBeDefined();
    expect(eventOf(one, "n", 17)).not.toBe(eventOf(one, "a", 17));
    // (18 dead and 61 injured in Kryvyi Rih, told by two reports, is not the Chernihiv strike of a year before with the same tolls)
    const kryvyiRih = (id: string) => result(id, "2025-04-05", "A Russian missile struck Kryvyi Rih on Friday evening, killing 18 people and injuring 61, officials said.");
    const chernihiv = (id: string) => result(id, "2024-04-17", "Russian missiles struck the centre of Chernihiv on Wednesday morning, killing 18 people and injuring 61, officials said.");
    const data = buildDatasets([kryvyiRih("k1"), kryvyiRih("k2"), chernihiv("c1"), chernihiv("c2"), chernihiv("c3")]);
    expect(eventOf(data, "k1", 18)).toBe(eventOf(data, "k2", 18));
    expect(eventOf(data, "k1", 18)).not.toBe(eventOf(data, "c1", 18));
  });

  it("stays where another report of its strike gives the same two tolls, however many give them for a strike of the year before", () => {
    // (one city, two strikes a year apart with 18 dead and 61 injured: the second's two reports bear each other out)
    const april = (id: string) => result(id, "2025-04-05", "A Russian missile struck Kharkiv on Friday evening, killing 18 people and injuring 61, officials said.");
    const may = (id: string) => result(id, "2024-05-26", "Russian guided bombs struck a hardware store in Kharkiv on Saturday afternoon, killing 18 people and injuring 61, officials said.");
    const data = buildDatasets([april("k1"), april("k2"), may("c1"), may("c2"), may("c3"), may("c4")]);
    expect(eventOf(data, "k1", 18)).toBe(eventOf(data, "k2", 18));
    expect(eventOf(data, "k1", 18)).not.toBe(eventOf(data, "c1", 18));
  });

  it("moves no approximate toll ('more than 17 dead'): many strikes have killed more than 17", () => {
    const roughly = result("m", "2025-06-29", "Russian missiles struck Dnipro overnight, killing more than 17 people and injuring more than 279, officials said.");
    const data = buildDatasets([roughly, dnipro("a"), dnipro("b"), dnipro("c")]);
    expect(eventOf(data, "m", 17)).toBeDefined();
    expect(eventOf(data, "m", 17)).not.toBe(eventOf(data, "a", 17));
  });
});

describe("bestBorneOut: the one strike a recalled report's figures fit", () => {
  const fits = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

  it("takes the only strike that fits, even on one figure", () => {
    expect(bestBorneOut(fits({ "2024-12-13": ["launched:84"] }))).toBe("2024-12-13");
  });

  it("takes the strike that gives more of the figures than any other, two at least ('84 missiles, 24 drones … 43 shot down', not '13 drones shot down')", () => {
    expect(bestBorneOut(fits({ "2024-12-13": ["launched:84", "launched:24", "shot_down:43"], "2024-12-25": ["shot_down:13"] }))).toBe("2024-12-13");
  });

  it("takes none when two fit as well, or when the best of several gives one figure only", () => {
    expect(bestBorneOut(fits({ "2024-12-13": ["launched:84", "shot_down:43"], "2024-12-25": ["launched:84", "shot_down:43"] }))).toBeNull();
    expect(bestBorneOut(fits({ "2024-12-13": ["launched:84"], "2024-12-25": ["shot_down:13"] }))).toBeNull();
  });
});

describe("boundBorneOutBy: the reports that bear out a recalled bound", () => {
  const given = (entries: Record<number, string[]>) => new Map(Object.entries(entries).map(([v, as]) => [Number(v), new Set(as)]));

  it("counts the same bound and an exact figure at or just above it ('more than 60': 61)", () => {
    expect([...boundBorneOutBy(60, given({ 61: ["a"], 30: ["b"] }), given({ 60: ["c"] }))].sort()).toEqual(["a", "c"]);
  });

  it("counts no figure under the bound or far above it", () => {
    expect(boundBorneOutBy(60, given({ 52: ["a"], 90: ["b"] }), given({ 50: ["c"] })).size).toBe(0);
  });
});
