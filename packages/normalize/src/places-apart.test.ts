import { describe, expect, it } from "vitest";
import { buildDatasets } from "./events.ts";
import type { ArticleClaim } from "./extract.ts";
import { normalizeArticle } from "./index.ts";
import { placesApart } from "./places-apart.ts";
import { articleOf } from "./test-helpers.ts";

const result = (id: string, published: string, text: string) => normalizeArticle(articleOf(text, published, id));
/** The event of each figure ("killed:18" → event id) of an article. */
const eventsOf = (data: ReturnType<typeof buildDatasets>, id: string) => new Map(data.claims.filter((c) => c.article_id === id).map((c) => [`${c.metric}:${c.value}`, c.event_id]));

// 27 June 2022: the Kremenchuk shopping-centre missile strike, and Russian rocket fire on Kharkiv "on Monday"
const kremenchukAndKharkiv = [
  result("wire", "2022-06-28", "A Russian missile hit a crowded shopping centre in Kremenchuk on Monday afternoon, killing 18 people, officials said. In Kharkiv, Russian rocket fire on Monday killed five people and wounded 22, the regional governor said."),
  result("toll", "2022-06-28", "The death toll from Monday's Russian missile strike on a shopping centre in Kremenchuk has risen to 18, the State Emergency Service said."),
  result("ses", "2022-06-28", "Eighteen people were killed in Monday's Russian missile strike on Kremenchuk, the State Emergency Service said on Tuesday."),
  result("local", "2022-06-28", "Rescuers in Kremenchuk searched the ruins of the Amstor shopping centre on Tuesday after Monday's Russian missile strike. The service said 18 people had been killed."),
  result("kharkiv", "2022-06-28", "Russian shelling of Kharkiv on Monday killed five people and wounded 22, governor Oleh Synehubov said."),
  result("portal", "2022-06-28", "In Kharkiv, five people were killed and 22 wounded by Russian rocket fire on Monday, the governor said."),
];

describe("strikes on different places on one day", () => {
  it("tells apart the strikes that reports name each at its place ('In Kharkiv, Russian rocket fire on Monday killed five')", () => {
    const data = buildDatasets(kremenchukAndKharkiv);
    const wire = eventsOf(data, "wire");
    expect(wire.get("killed:18")).not.toBe(wire.get("killed:5"));
    expect(eventsOf(data, "toll").get("killed:18")).toBe(wire.get("killed:18"));
    // (a toll its sentence gives no place takes the place that toll is given for: "The service said 18 people had been killed")
    expect(eventsOf(data, "local").get("killed:18")).toBe(wire.get("killed:18"));
    expect(eventsOf(data, "kharkiv").get("killed:5")).toBe(wire.get("killed:5"));
    expect(eventsOf(data, "portal").get("injured:22")).toBe(wire.get("injured:22"));
  });

  it("keeps a barrage one event: a count the day's reports give for it covers every place it hit", () => {
    const counted = result("air-force", "2022-06-28", "Russia fired 40 missiles at Ukraine on Monday, the Air Force said.");
    const data = buildDatasets([...kremenchukAndKharkiv, counted]);
    expect(new Set(data.claims.map((c) => c.event_id)).size).toBe(1);
  });

  it("keeps a place that fewer than three sources name a strike at, or that only counts weapons, in the day's event", () => {
    // (the place a president spoke in, not the place struck)
    const spoke = [
      result("a", "2022-04-24", "Russian cruise missiles hit two residential buildings in Odesa on Saturday, killing eight people. Speaking at a news conference in Kyiv, Zelensky said 18 people had been wounded."),
      result("b", "2022-04-24", "Russian missiles killed eight people in Odesa on Saturday, officials said."),
      result("c", "2022-04-24", "A Russian missile strike on Odesa on Saturday killed eight people, among them a three-month-old baby."),
      result("d", "2022-04-24", "Speaking at a news conference in Kyiv on Saturday, Zelensky said 18 people had been wounded."),
    ];
    expect(new Set(buildDatasets(spoke).claims.map((c) => c.event_id)).size).toBe(1);
    // (two missiles shot down over the capital the day another city was hit: the wave that passed it, not a strike of its own)
    const passed = [
      ...kremenchukAndKharkiv.slice(1, 4),
      result("mall", "2022-06-28", "A Russian missile struck a shopping centre in Kremenchuk on Monday, killing 18 people."),
      ...["x", "y", "z"].map((id) => result(id, "2022-06-28", "On Monday, two missiles were shot down over Kyiv, the city's military administration said.")),
    ];
    expect(new Set(buildDatasets(passed).claims.map((c) => c.event_id)).size).toBe(1);
  });
});

describe("places one figure is given at", () => {
  // (three sources each name a strike at a place; only what placesApart reads of a claim is given)
  const told = (place: string, metric: string, value: number, ids: string[]) =>
    ids.map((id) => ({ article_id: id, metric, value, places: [place], quote_start: 0 }) as unknown as ArticleClaim);

  it("joins the places one toll is given at into one strike, told by the sources of both", () => {
    const odesa = told("Odesa", "killed", 8, ["a", "b", "c"]);
    const lviv = told("Lviv", "killed", 8, ["d", "e", "f"]);
    const kharkiv = told("Kharkiv", "killed", 5, ["g", "h", "i"]);
    const apart = placesApart([...odesa, ...lviv, ...kharkiv]);
    expect(apart?.get(lviv[0]!)).toBe(apart?.get(odesa[0]!));
    expect(apart?.get(kharkiv[0]!)).not.toBe(apart?.get(odesa[0]!));
  });

  it("keeps the day one event when the places so joined are all it had", () => {
    expect(placesApart([...told("Odesa", "killed", 8, ["a", "b", "c"]), ...told("Lviv", "killed", 8, ["d", "e", "f"])])).toBeNull();
  });
});

describe("a city told apart from its region", () => {
  // 9 May 2022: seven missiles at Odesa late on Monday, and three Kinzhals at the coast of the Odesa region earlier that day
  const cityAndRegion = (id: string) =>
    result(
      id,
      "2022-05-10",
      "Russia fired seven missiles at Odesa late on Monday, destroying a shopping centre, the Southern Command said. One person was killed and five were injured. Earlier on Monday, three Kinzhal missiles were fired at the Odesa region, the command said. Two people were taken to hospital.",
    );

  it("keeps a city's strike and a smaller one in its region apart when reports tell them apart ('seven missiles at Odesa', 'three Kinzhal missiles … at the Odesa region')", () => {
    const data = buildDatasets(["a", "b", "c"].map(cityAndRegion));
    const a = eventsOf(data, "a");
    expect(a.get("launched:7")).not.toBe(a.get("launched:3"));
    expect(a.get("injured:2")).toBe(a.get("launched:3"));
    expect(eventsOf(data, "b").get("launched:3")).toBe(a.get("launched:3"));
    expect(eventsOf(data, "c").get("injured:5")).toBe(a.get("launched:7"));
  });

  it("keeps a city's toll and its region's larger total one strike ('three killed in Kharkiv … five across the Kharkiv region')", () => {
    const total = (id: string) =>
      result(id, "2022-05-10", "A Russian missile strike on Kharkiv on Monday killed three people, the mayor said. Across the Kharkiv region, five people were killed on Monday, the governor said.");
    const data = buildDatasets(["a", "b", "c"].map(total));
    expect(new Set(data.claims.map((c) => c.event_id)).size).toBe(1);
  });

  it("keeps a city's risen toll and the lower one its region's governor gave earlier one strike ('had earlier put the toll at three')", () => {
    const risen = (id: string) =>
      result(
        id,
        "2022-05-10",
        "The death toll from Monday's Russian missile strike on Kharkiv has risen to five, the mayor said. The Kharkiv region's governor had earlier put the toll at three.",
      );
    const data = buildDatasets(["a", "b", "c"].map(risen));
    expect(new Set(data.claims.map((c) => c.event_id)).size).toBe(1);
    // (counter-example: the governor gives the region's own strike, named as where it fell)
    const own = (id: string) =>
      result(
        id,
        "2022-05-10",
        "Russia fired seven missiles at Odesa late on Monday, the Southern Command said. Earlier on Monday, three Kinzhal missiles were fired at the Odesa region, the Odesa region's governor said.",
      );
    const apart = eventsOf(buildDatasets(["a", "b", "c"].map(own)), "a");
    expect(apart.get("launched:7")).not.toBe(apart.get("launched:3"));
  });
});
