import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("'up from N' after a toll: the toll told before", () => {
  it("carries the toll on to a bare count, with or without 'the'", () => {
    expect(figures("The number of injured rose to 40, up from the 12 reported in the morning.")).toEqual(["injured:40", "injured:12"]);
    expect(figures("The number of injured rose to 40, up from 12 at dawn.")).toEqual(["injured:40", "injured:12"]);
  });

  it("leaves a count that names its own casualties to be read as told", () => {
    expect(figures("The number of injured rose to 40, up from the 12 killed and 30 wounded reported in the morning.")).toEqual(["injured:40", "killed:12", "injured:30"]);
    expect(figures("The number of injured rose to 40, up from 12 people killed and 30 wounded in the morning.")).toEqual(["injured:40", "killed:12", "injured:30"]);
  });
});
