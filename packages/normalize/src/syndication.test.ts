import { describe, expect, it } from "vitest";
import { findSyndication } from "./syndication.ts";

const article = (id: string, published: string, fingerprint: number[]) => ({ id, published, fingerprint });
const body = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe("syndicated copies", () => {
  it("maps a copy (≥ 80% of its sentences in an earlier article) and a copy of a copy to the first publication", () => {
    const first = article("wire", "2025-07-09", body(1, 10));
    const copy = article("regional", "2025-07-10", [...body(1, 9), 500]); // 9 of 10 shared
    const copyOfCopy = article("aggregator", "2025-07-11", [...body(1, 8), 500, 501]); // 9 of 10 in "regional"
    const other = article("other", "2025-07-10", [...body(1, 7), 600, 601, 602]); // 7 of 10: not a copy
    const copies = findSyndication([copyOfCopy, other, copy, first]);
    expect(Object.fromEntries(copies)).toEqual({ regional: "wire", aggregator: "wire" });
  });

  it("finds a copy wrapped in the republisher's own furniture, but not an article that quotes part of another", () => {
    const wire = article("wire", "2025-07-21", body(1, 19));
    const wrapped = article("courier", "2025-07-21", [...body(1, 19), 900, 901, 902, 903, 904, 905, 906]); // 19 of 26 (73%) from the wire
    const quoting = article("analysis", "2025-07-22", [...body(1, 16), ...body(2000, 20)]); // 16 of 36
    expect(Object.fromEntries(findSyndication([wire, wrapped, quoting]))).toEqual({ courier: "wire" });
  });

  it("does not make pages of one outlet copies of each other for sharing its page furniture", () => {
    const furniture = [-7, -8]; // "Subscribe to our newsletter …" on every page of an outlet
    const pages = Array.from({ length: 30 }, (_, i) => article(`p${String(i).padStart(2, "0")}`, "2025-07-10", [...furniture, 1000 + i * 10, 1001 + i * 10, 1002 + i * 10]));
    expect(findSyndication(pages).size).toBe(0);
  });

  it("gives the same answer whatever the input order, and handles hashes across the whole 32-bit range", () => {
    const a = article("a", "2025-01-01", [-2147483648, 2147483647, 0, -1, 1]);
    const b = article("b", "2025-01-02", [-2147483648, 2147483647, 0, -1, 1]);
    expect(Object.fromEntries(findSyndication([a, b]))).toEqual({ b: "a" });
    expect(Object.fromEntries(findSyndication([b, a]))).toEqual({ b: "a" });
  });

  it("takes the earlier time for the first publication on one day, whichever body is shorter", () => {
    // (the wire filed at 07:40; the copy at 11:20 trims its last paragraph)
    const wire = { id: "wire", published: "2025-04-13", publishedAt: "2025-04-13T07:40:00Z", fingerprint: body(1, 12) };
    const copy = { id: "copy", published: "2025-04-13", publishedAt: "2025-04-13T11:20:00Z", fingerprint: body(1, 10) };
    expect(Object.fromEntries(findSyndication([copy, wire]))).toEqual({ copy: "wire" });
  });
});
