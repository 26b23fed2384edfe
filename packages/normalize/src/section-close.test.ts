import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { pageOf } from "./test-helpers.ts";

/** value:date_start..date_end per figure of a page read as ingest reads it (its short subheadings kept out of the body). */
function dated(body: string, published = "2022-12-06"): string[] {
  const headline = "Talking to Putin: calls and the missiles that followed them";
  return extractClaims(pageOf(`${headline}\n\n${body}`, { published, headline } as never)).map((c) => `${c.value}:${c.date_start}..${c.date_end}`);
}

describe("a dated section closed by a subheading kept out of the body", () => {
  const october = "October 10\n\nAfter the blast on the Crimean bridge, Russia struck back on the morning of Oct. 10. Ukraine said Russia fired 84 cruise missiles that day.";
  const monday = "On Monday, Russia launched more than 70 missiles at Ukraine, the Air Force said.";

  it("reads 'On Monday' after 'Scholz's hour' from publication, not from the 'October 10' heading before it", () => {
    expect(dated(`${october}\n\nScholz's hour\n\n${monday}`)).toEqual(["84:2022-10-10..2022-10-10", "70:2022-12-05..2022-12-05"]);
  });

  it("keeps the heading's day under a place's subheading or one in capitals, as a fact box's entry has", () => {
    expect(dated(`${october}\n\nKyiv region\n\n${monday}`)).toEqual(["84:2022-10-10..2022-10-10", "70:2022-10-10..2022-10-10"]);
    expect(dated(`${october}\n\nRUSSIA\n\n${monday}`)).toEqual(["84:2022-10-10..2022-10-10", "70:2022-10-10..2022-10-10"]);
  });
});
