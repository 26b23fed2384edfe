import { describe, expect, it } from "vitest";
import { capitalAsState } from "./capital-as-state.ts";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** The places of each figure ("killed:4" → places) read from a one-paragraph article. */
const placesOf = (text: string) => new Map(extractClaims(articleOf(text, "2024-07-09")).map((c) => [`${c.metric}:${c.value}`, c.places]));
const at = (text: string, name: string) => capitalAsState(text, text.indexOf(name), name);

describe("a capital named for its government", () => {
  it("is no place struck: the state accused, answered or set up ('accused Moscow of', 'dismissing Moscow's claim')", () => {
    expect(placesOf("Four people were killed in Dnipro overnight, the mayor said, and he accused Moscow of aiming at homes.").get("killed:4")).toEqual(["Dnipro"]);
    expect(placesOf("The school was hit by a Kh-101, investigators said, dismissing Moscow's claim that a Ukrainian interceptor was to blame.").get("hit:1")).toEqual([]);
    expect(placesOf("Russia's air defences downed 31 drones overnight over the Bryansk region, and Moscow, for its part, warned of a response.").get("shot_down:31")).toEqual(["Bryansk region"]);
    expect(placesOf("Vladimir Saldo, the Moscow-installed governor of the Kherson region, said two people were injured.").get("injured:2")).toEqual(["Kherson region"]);
    expect(at("Russia said the strike killed 60 soldiers, a claim Kyiv rejected.", "Kyiv")).toBe(true);
  });

  it("stays the city struck, or where someone speaks ('drones attacked Moscow', 'officials in Kyiv reported'), and a later mention counts", () => {
    expect(placesOf("Drones attacked Moscow overnight, injuring two people, the mayor said.").get("injured:2")).toEqual(["Moscow"]);
    expect(placesOf("Moscow said its air defences shot down 20 drones overnight, six of them as they approached Moscow.").get("shot_down:6")).toEqual(["Moscow"]);
    expect(placesOf("Russian missiles struck Kyiv, Dnipro and Kharkiv, killing five people, said the Air Force.").get("killed:5")).toEqual(["Kyiv", "Dnipro", "Kharkiv"]);
    expect(at("Officials in Kyiv reported three people injured.", "Kyiv")).toBe(false);
    expect(at("Kyiv woke to explosions as Moscow's airports closed.", "Kyiv")).toBe(false);
    expect(at("Kyiv woke to explosions as Moscow's airports closed.", "Moscow")).toBe(false);
  });
});
