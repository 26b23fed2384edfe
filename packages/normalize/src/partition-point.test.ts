import { describe, expect, it } from "vitest";
import { partitionPoint } from "./partition-point.ts";

describe("partitionPoint", () => {
  const starts = [0, 10, 10, 25, 40];
  const firstAtOrAfter = (at: number) => partitionPoint(starts.length, (i) => starts[i]! < at);

  it("finds the first index at or after a value, the first of equal keys", () => {
    expect(firstAtOrAfter(0)).toBe(0);
    expect(firstAtOrAfter(10)).toBe(1);
    expect(firstAtOrAfter(11)).toBe(3);
    expect(firstAtOrAfter(40)).toBe(4);
  });

  it("gives the length when every index comes before, and 0 on an empty range", () => {
    expect(firstAtOrAfter(41)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it("gives the last index at or before a value as one less than the first after it", () => {
    const lastAtOrBefore = (at: number) => partitionPoint(starts.length, (i) => starts[i]! <= at) - 1;
    expect(lastAtOrBefore(10)).toBe(2);
    expect(lastAtOrBefore(24)).toBe(2);
    expect(lastAtOrBefore(100)).toBe(4);
  });
});
