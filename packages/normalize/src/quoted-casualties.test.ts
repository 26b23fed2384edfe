import { describe, expect, it } from "vitest";
import { wordBeforeQuoted } from "./casualties.ts";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";
import { tokenize } from "./tokens.ts";

const killed = (text: string) => extractClaims(articleOf(text, "2024-08-25")).filter((c) => c.metric === "killed").map((c) => `${c.value}:${c.qualifier}`);

// casualties.ts wordBeforeQuoted: a casualty count quoted as the claimant put it, its verb before the opening mark
describe("a casualty count in quotation marks after its verb", () => {
  it("reads killing \"up to 85\" of them, killing \"more than 200 reservists\", destroying \"more than 200\" servicemen", () => {
    expect(killed(`Russia's Defence Ministry says it struck a restaurant where Ukrainian commanders were meeting Western instructors, killing "up to 85" of them.`)).toEqual(["85:at_most"]);
    expect(killed(`The ministry said on Sunday that an Iskander missile had struck a military train at Chaplyne station, killing "more than 200 reservists" of the Ukrainian army.`)).toEqual(["200:at_least"]);
    expect(killed(`Russia's Defence Ministry claimed it had struck a military train at Chaplyne with an Iskander missile, destroying "more than 200" Ukrainian servicemen heading to Donbas.`)).toEqual(["200:at_least"]);
  });

  it("takes no verb past a closing mark, nor reservists called up", () => {
    const tokens = tokenize(`they kept "killing" 12 times`, 0);
    expect(wordBeforeQuoted(tokens, tokens.findIndex((t) => t.norm === "12"))).toBe(-1);
    expect(killed("Ukraine called up 200 reservists on Sunday.")).toEqual([]);
  });
});
