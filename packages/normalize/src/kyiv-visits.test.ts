import { describe, expect, it } from "vitest";
import { asKyiv } from "./kyiv-visits.ts";

describe("the Ukrainian capital read as Kyiv", () => {
  it("reads it at a sentence's start too, each word where it stood, and leaves another country's capital alone", () => {
    expect(asKyiv("The Ukrainian capital came under attack as Biden arrived.")).toBe("Kyiv                  came under attack as Biden arrived.");
    expect(asKyiv("Biden flew to the Ukrainian capital.")).toBe("Biden flew to Kyiv                 .");
    expect(asKyiv("The Polish capital hosted the talks.")).toBe("The Polish capital hosted the talks.");
  });
});
