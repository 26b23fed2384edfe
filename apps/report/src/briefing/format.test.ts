import { describe, expect, it } from "vitest";
import { dateSpan, hedged, hedgedWords, nameList, noteNumber, num, pct, plural } from "./format.ts";

describe("dateSpan", () => {
  it("writes a night as the first date and the last day", () => expect(dateSpan("2025-07-08", "2025-07-09")).toBe("2025-07-08–09"));
  it("keeps the month when the night crosses one", () => expect(dateSpan("2025-07-31", "2025-08-01")).toBe("2025-07-31–08-01"));
  it("writes both dates in full across a new year", () => expect(dateSpan("2025-12-31", "2026-01-01")).toBe("2025-12-31 – 2026-01-01"));
  it("writes one date for a single day or a missing end", () => {
    expect(dateSpan("2025-07-05", "2025-07-05")).toBe("2025-07-05");
    expect(dateSpan("2025-07-05", null)).toBe("2025-07-05");
  });
  it("says when the date is unknown", () => expect(dateSpan(null, null)).toBe("date unknown"));
});

describe("numbers", () => {
  it("group thousands with commas whatever the locale", () => expect(num(1234567)).toBe("1,234,567"));
  it("round rates to whole percent, never showing 100% for less than all", () => {
    expect(pct(0.9862)).toBe("99%");
    expect(pct(0.9996)).toBe("99%");
    expect(pct(1)).toBe("100%");
  });
  it("carry their hedge as a mark or in words", () => {
    expect(hedged(728, "at_least")).toBe("≥728");
    expect(hedged(40, "approx")).toBe("~40");
    expect(hedgedWords(150, "at_most")).toBe("up to 150");
    expect(hedgedWords(12, "exact")).toBe("12");
  });
  it("write footnote numbers in superscript digits", () => expect(noteNumber(120)).toBe("¹²⁰"));
});

describe("lists of names", () => {
  it("join two with 'and' and cut long lists short", () => {
    expect(nameList(["A", "B"])).toBe("A and B");
    expect(nameList(["A", "B", "C"])).toBe("A, B and C");
    expect(nameList(["A", "B", "C", "D", "E"])).toBe("A, B, C and 2 others");
  });
  it("count in the singular or plural", () => {
    expect(plural(1, "event")).toBe("1 event");
    expect(plural(1200, "event")).toBe("1,200 events");
  });
});
