import { describe, expect, it } from "vitest";
import { hitsOf as hits } from "./test-helpers.ts";

describe("a pair that struck, told one by one", () => {
  it("counts the pair, not 'one' of it: 'two missiles hit the city. One struck a block, the other a school'", () => {
    expect(hits('Vilkul confirms that two missiles hit the city. "One missile struck a nine-storey residential building, the other an educational institution," he said.')).toEqual(["hit:2"]);
    expect(hits("Two drones struck industrial sites in Tatarstan. One of them hit a dormitory in Yelabuga, and the other struck the Taneco refining complex.")).toEqual(["hit:2"]);
    // (a pair told after a launch "with 2" is still no count of its own: missed, never read as one)
    expect(hits("Russia struck the city centre with 2 ballistic missiles. One missile hit the congress centre of the university, the second one – the street near it.")).toEqual([]);
  });

  it("keeps the one that struck when its partner met another fate, or when no partner follows", () => {
    expect(hits("Two missiles were fired at the city. One hit the substation, the other was shot down by air defence.")).toEqual(["hit:1"]);
    expect(hits("One drone hit the second floor of a building, and a fire broke out.")).toEqual(["hit:1"]);
    expect(hits("Two missiles hit the city centre, one of them striking the museum building directly.")).toEqual(["hit:2"]);
  });

  it("counts no weapon told by its place in a group: 'The second one struck as rescuers were already working'", () => {
    expect(hits("Two ballistic missiles hit a residential neighbourhood within minutes of each other. The second one struck as rescuers and medics were already working at the scene of the first.")).toEqual(["hit:2"]);
    // (one told without a place in a group stays)
    expect(hits("One missile struck the port area just as the president was showing his guest around the city.")).toEqual(["hit:1"]);
    // (nor one past the count told: a third weapon is a hit of its own)
    expect(hits("Two missiles hit the port of Odesa overnight. The third one struck a school, the governor said.")).toEqual(["hit:2", "hit:1"]);
  });
});
