import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf, pageOf } from "./test-helpers.ts";

/** value:claimant:side per figure. */
const whose = (text: string): string[] => extractClaims(articleOf(text, "2024-12-26")).map((c) => `${c.value}:${c.claimant ?? "-"}:${c.claimant_side}`);
/** The same for a page under its headline. */
const whoseUnder = (headline: string, body: string): string[] =>
  extractClaims(pageOf(`${headline}\n\n${body}`, { published: "2024-12-26", headline } as never)).map((c) => `${c.value}:${c.claimant ?? "-"}:${c.claimant_side}`);

describe("an interview printed as questions and answers", () => {
  const lead = "INTERVIEW | Dnipro Radio\nAir Force spokesman Yurii Ihnat explains on television every morning what flew into Ukraine overnight. We spoke to him on Wednesday evening.";

  it("gives the answers' figures to the one the interview introduces: 'A: The enemy launched 78 missiles and 106 attack drones.'", () => {
    const text = `${lead}\nQ: What happened this morning?\nA: It was a combined strike. The enemy launched 78 missiles and 106 attack drones. We shot down 59 missiles and 54 drones.\nQ: Which missiles got through?\nA: I won't go into details.`;
    expect(whose(text)).toEqual(["78:Yurii Ihnat:UA", "106:Yurii Ihnat:UA", "59:Yurii Ihnat:UA", "54:Yurii Ihnat:UA"]);
  });

  it("leaves the interviewer's questions and a text that is no interview as they were", () => {
    // (a question's figure is the interviewer's)
    const asked = `${lead}\nQ: A year ago Russia fired 122 missiles at Ukraine. Is that still the benchmark?\nA: For missiles, yes.\nQ: And 2025?\nA: More drones.`;
    expect(whose(asked)).toEqual(["122:-:unknown"]);
    // (one "A:" line is no interview: a list's item, a reader's answer)
    const once = `${lead}\nA: The enemy launched 78 missiles and 106 attack drones.`;
    expect(whose(once)).toEqual(["78:-:unknown", "106:-:unknown"]);
  });

  const turns = "Q: How big was the attack?\n\nA: Russia launched 550 drones overnight.\n\nQ: How many got through?\n\nA: Air defence shot down 500 drones.";

  it("takes the one speaking from a headline that introduces him ('<title> <Name> on …', '<Name>: …') or a standfirst's 'we spoke to <Name>'", () => {
    const ihnat = ["550:Yurii Ihnat:UA", "500:Yurii Ihnat:UA"];
    expect(whoseUnder('"They chose Christmas on purpose": Air Force spokesman Yurii Ihnat on the year in the sky', turns)).toEqual(ihnat);
    expect(whoseUnder("Yurii Ihnat: 'They chose Christmas on purpose'", turns)).toEqual(ihnat);
    expect(whoseUnder("The year in the sky", `We spoke to Air Force spokesman Yurii Ihnat on Wednesday evening.\n\n${turns}`)).toEqual(ihnat);
  });

  it("leaves the answers unknown under a headline that only names someone it is about", () => {
    // ("Why Volodymyr Zelensky keeps asking …": Zelensky is what the analyst explains, not who answers)
    const about = "Why Volodymyr Zelensky keeps asking for Patriots: a military analyst explains";
    expect(whoseUnder(about, turns)).toEqual(["550:-:unknown", "500:-:unknown"]);
    expect(whoseUnder(about, `Volodymyr Zelensky has asked for more Patriot systems for months.\n\n${turns}`)).toEqual(["550:-:unknown", "500:-:unknown"]);
  });

  it("leaves them unknown when the headline has an analyst or expert answer, and reads past an outlet's name to the speaker", () => {
    // ("… on …" is about Putin when an expert explains)
    expect(whoseUnder("Analysis: Vladimir Putin on the offensive — an expert explains", turns)).toEqual(["550:-:unknown", "500:-:unknown"]);
    expect(whoseUnder("Donald Trump on Patriots: a military analyst answers our questions", turns)).toEqual(["550:-:unknown", "500:-:unknown"]);
    // (an outlet before the colon names no person; the speaker after it does)
    expect(whoseUnder("Kyiv Independent: Yurii Ihnat on the year in the sky", turns)).toEqual(["550:Yurii Ihnat:UA", "500:Yurii Ihnat:UA"]);
  });
});
