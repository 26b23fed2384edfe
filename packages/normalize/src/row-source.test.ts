import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { sourceColumn } from "./tables.ts";
import { articleOf } from "./test-helpers.ts";

const read = (text: string, published: string) => extractClaims(articleOf(text, published)).map((c) => `${c.metric}:${c.value}:${c.claimant}:${c.claimant_side}`);

const table = (last: string) =>
  "Ukraine's Air Force said the May attacks went on night after night.\n\n" +
  `| Night | Region | Drones downed | ${last} |\n` +
  "|---|---|---|---|\n" +
  "| 2-3 May | Kursk region | 12 drones | Defence Ministry |\n" +
  "| 7-8 May | north-west Crimea | five drones | Sergei Aksyonov |";

describe("a table's column of sources", () => {
  it("gives each row's figures the source its cell names, not the speaker of the sentence above the table", () => {
    expect(read(table("Source"), "2023-05-31")).toEqual(["shot_down:12:Defence Ministry:RU", "shot_down:5:Sergei Aksyonov:RU"]);
  });

  it("leaves a column of anything else alone", () => {
    expect(read(table("Notes"), "2023-05-31").map((c) => c.split(":").slice(2).join(":"))).not.toContain("Sergei Aksyonov:RU");
  });

  it("finds the column by its header", () => {
    expect(sourceColumn("| Night | Where | What Russia said it downed | Source |")).toBe(4);
    expect(sourceColumn("| Night | Where | Drones | Notes |")).toBeNull();
  });
});
