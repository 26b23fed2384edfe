import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

const tolls = (text: string, published = "2025-06-17") =>
  extractClaims(articleOf(text, published))
    .filter((c) => c.metric === "killed")
    .map((c) => `${c.value}:${c.claimant}${c.also_claimed_by ? `+${c.also_claimed_by.join(",")}` : ""}`);

describe("two sources' like figures that are two", () => {
  it("keeps one told among the dead apart from another source's toll of that number", () => {
    const member = "Mayor Ihor Terekhov first reported one dead and 14 injured in Kharkiv.\n\nGovernor Oleh Syniehubov said a 79-year-old woman was among the dead.";
    expect(tolls(member, "2024-06-22")).toEqual(["1:Mayor Ihor Terekhov", "1:Governor Oleh Syniehubov"]);
  });

  it("still joins a part told beside its toll and a source's restatement of it, and two sources' one toll", () => {
    const part =
      "A Russian missile struck an apartment building in Poltava early on Saturday, killing at least nine people, including two children, Ukrainian officials said. Interior Minister Ihor Klymenko said two children were among the dead.";
    expect(tolls(part, "2025-02-01").filter((t) => t.startsWith("2:"))).toHaveLength(1);
    const same = "Six people were killed in Kharkiv, Mayor Ihor Terekhov said. Governor Oleh Syniehubov said six people had been killed in the city.";
    expect(tolls(same)).toEqual(["6:Mayor Ihor Terekhov+Governor Oleh Syniehubov"]);
  });
});
