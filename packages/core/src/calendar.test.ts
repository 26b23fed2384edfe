import { describe, expect, it } from "vitest";
import { addDays, daysBetween, findFullDate, isoDate, kyivDay, latestMonthDay, weekday } from "./calendar.ts";

describe("calendar", () => {
  it("rejects impossible dates and crosses month and year ends", () => {
    expect(isoDate(2025, 2, 30)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
  });

  it("gives the day in Kyiv at a UTC timestamp (UTC+2 in winter, UTC+3 in summer), and none without a UTC clock", () => {
    expect(kyivDay("2025-01-01T22:30:00Z")).toBe("2025-01-02");
    expect(kyivDay("2025-01-01T21:30:00Z")).toBe("2025-01-01");
    expect(kyivDay("2025-07-31T21:10:00Z")).toBe("2025-08-01");
    expect(kyivDay("2025-03-30T00:30:00Z")).toBe("2025-03-30");
    expect(kyivDay("2025-03-29T21:30:00Z")).toBe("2025-03-29");
    expect(kyivDay("2025-10-25T21:30:00Z")).toBe("2025-10-26");
    expect(kyivDay("2025-10-26T21:30:00Z")).toBe("2025-10-26");
    expect(kyivDay("2025-07-09T16:30:00+08:00")).toBeNull();
    expect(kyivDay("2025-07-09")).toBeNull();
  });

  it("knows weekdays (2024-11-10 was a Sunday)", () => {
    expect(weekday("2024-11-10")).toBe(0);
  });

  it("counts days as a Date does, across leap years and centuries (the arithmetic is its own, not Date's)", () => {
    const viaDate = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    // (every third day for two centuries: compared in plain code and the differences listed, one expect at the end, since
    // an expect per day takes seconds on a loaded machine)
    const differences: string[] = [];
    for (let t = Date.UTC(1896, 0, 1); t < Date.UTC(2104, 0, 1); t += 86_400_000 * 3) {
      const iso = new Date(t).toISOString().slice(0, 10);
      for (const n of [-366, -1, 1, 29, 365]) if (addDays(iso, n) !== viaDate(iso, n)) differences.push(`addDays(${iso}, ${n})`);
      if (weekday(iso) !== new Date(t).getUTCDay()) differences.push(`weekday(${iso})`);
      if (daysBetween("2000-02-29", iso) !== Math.round((t - Date.UTC(2000, 1, 29)) / 86_400_000)) differences.push(`daysBetween(${iso})`);
    }
    expect(differences).toEqual([]);
    // (what is no date still goes through Date, as before)
    expect(() => addDays("2025-13-01", 1)).toThrow(RangeError);
    expect(weekday("not a date")).toBeNaN();
  });

  it("reads 'July 9' as the latest such day not after publication", () => {
    expect(latestMonthDay("2025-07-10", 7, 9)).toBe("2025-07-09");
    expect(latestMonthDay("2026-01-02", 12, 31)).toBe("2025-12-31");
  });

  it("finds complete dates in the common newsroom formats", () => {
    expect(findFullDate("Kyiv, Ukraine — 31 December 2025")).toBe("2025-12-31");
    expect(findFullDate("Published July 9, 2025 10:45")).toBe("2025-07-09");
    expect(findFullDate("Updated 2025-07-09T06:00Z")).toBe("2025-07-09");
    expect(findFullDate("Last update: 2 hours ago")).toBeNull();
    // (day first when dotted, as Ukrainian and Russian sites write it; not a day that does not exist)
    expect(findFullDate("Published: 03.12.2025 10:32")).toBe("2025-12-03");
    expect(findFullDate("31.02.2025")).toBeNull();
    // (slashed only when a day over 12 shows the order)
    expect(findFullDate("Published 31/08/2025 - 10:15 GMT+2")).toBe("2025-08-31");
    expect(findFullDate("08/31/2025 10:15 a.m.")).toBe("2025-08-31");
    expect(findFullDate("03/04/2025")).toBeNull();
  });
});
