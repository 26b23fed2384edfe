import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { pageOf } from "./test-helpers.ts";

/** value:side per figure of a page read as ingest reads it (its short subheadings kept out of the body). */
function sides(body: string, published = "2025-10-22"): string[] {
  const headline = "Russia strikes energy across Ukraine overnight";
  return extractClaims(pageOf(`${headline}\n\n${body}`, { published, headline } as never)).map((c) => `${c.value}:${c.claimant_side}`);
}

describe("a subheading that names a source", () => {
  const toll = "Russia attacked Ukraine overnight.\n\nTwo people were killed in Kharkiv, governor Oleh Syniehubov said.";
  const report = "From 18:00 on 21 October, the enemy attacked with 433 means of air attack, the Air Force said.";
  const downed = "As of 09:00, air defence had shot down or suppressed 349 targets: 333 drones and 16 missiles.";

  it("gives the paragraphs under 'What the Air Force reported' or 'Air Force: 503 means of air attack' its source", () => {
    expect(sides(`${toll}\n\nWhat the Air Force reported\n\n${report}\n\n${downed}`)).toEqual(["2:UA", "433:UA", "349:UA", "333:UA", "16:UA"]);
    expect(sides(`${toll}\n\nAir Force: 433 means of air attack\n\n${report}\n\n${downed}`)).toEqual(["2:UA", "433:UA", "349:UA", "333:UA", "16:UA"]);
  });

  it("does not carry it past the next subheading, nor from a place's label or a live entry's title", () => {
    // (the next subheading, "Kharkiv region", is a section of its own)
    expect(sides(`${toll}\n\nWhat the Air Force reported\n\n${report}\n\nKharkiv region\n\n${downed}`)).toEqual(["2:UA", "433:UA", "349:unknown", "333:unknown", "16:unknown"]);
    // (no source heads the section: the figures stay their own paragraph's)
    expect(sides(`${toll}\n\nWhat we know about the night\n\n${report}\n\n${downed}`)).toEqual(["2:UA", "433:UA", "349:unknown", "333:unknown", "16:unknown"]);
    expect(sides(`${toll}\n\nUkraine: the night of 21 October told\n\n${report}\n\n${downed}`)).toEqual(["2:UA", "433:UA", "349:unknown", "333:unknown", "16:unknown"]);
    expect(sides(`${toll}\n\n16:55 Kremlin confirms the talks will go ahead\n\n${report}\n\n${downed}`)).toEqual(["2:UA", "433:UA", "349:unknown", "333:unknown", "16:unknown"]);
  });
});
