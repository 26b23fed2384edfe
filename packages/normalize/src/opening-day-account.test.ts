import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const dates = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.date_start}..${c.date_end}`);

const first = "On the evening of 17 August, a Russian missile destroyed a dormitory in Saltivka: according to the SES, 12 people were killed.";
const toll = "On Friday the SES finished the search operation there: six bodies were recovered.";

describe("a figureless sentence that opens with its own day and tells an attack on it (extract opensWith)", () => {
  it("starts another account: the undated toll after it takes that day, not the figures' attack before it", () => {
    const text = `${first} On the morning of 18 August rockets hit a four-storey dormitory of the tram depot in Slobidskyi district. ${toll}`;
    expect(dates(text, "2022-08-21")).toEqual(["hit:1:2022-08-17..2022-08-17", "killed:12:2022-08-17..2022-08-17", "killed:6:2022-08-18..2022-08-18"]);
  });

  it("leaves the toll the earlier attack's when the other day is not the sentence's opening, or is a night", () => {
    const named = `${first} Rescuers recalled that rockets had hit a dormitory of the tram depot on 16 August. ${toll}`;
    expect(dates(named, "2022-08-21").at(-1)).toBe("killed:6:2022-08-17..2022-08-17");
    const night = `${first} During the night, rockets hit a dormitory of the tram depot. ${toll}`;
    expect(dates(night, "2022-08-21").at(-1)).toBe("killed:6:2022-08-17..2022-08-17");
  });
});
