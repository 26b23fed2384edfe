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

describe("a review's day heading whose title runs on past a comma", () => {
  it("dates the section under '15 November: the barrage, and Przewodow' by its day, not by the next day's section", () => {
    const body = [
      "Two weeks ago the world's leaders were gathering in Bali while Russia fired the largest missile barrage of the war at Ukraine.",
      "14 November: two meetings, one message",
      "In Bali, Joe Biden and Xi Jinping held their first in-person meeting as presidents.",
      "15 November: the barrage, and Przewodow",
      "Starting around 14:30 Kyiv time, Russia launched the heaviest air attack of the war so far. Air Force spokesman Yurii Ihnat later said more than 90 missiles had been fired and 73 of them shot down.",
      "23 November: the grid goes dark",
      "Russia struck again on Wednesday afternoon with about 70 cruise missiles, the Air Force said, of which 51 were shot down.",
    ].join("\n\n");
    expect(dated(body, "2022-11-30")).toEqual(["90:2022-11-15..2022-11-15", "73:2022-11-15..2022-11-15", "70:2022-11-23..2022-11-23", "51:2022-11-23..2022-11-23"]);
  });

  it("heads nothing with a sentence that opens with a day and runs on past a comma", () => {
    expect(dated("15 November: Russia fired, the Air Force said, more than 90 missiles at Ukraine.", "2022-11-30")).toEqual(["90:2022-11-15..2022-11-15"]);
  });
});
