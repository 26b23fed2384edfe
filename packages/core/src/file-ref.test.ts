import { describe, expect, it } from "vitest";
import { compareRefs, lineRef, parseLineRef } from "./file-ref.ts";

describe("line references", () => {
  it("name a JSON Lines file's line, and nothing else", () => {
    expect(parseLineRef(lineRef("feed.jsonl", 12))).toEqual({ file: "feed.jsonl", line: 12 });
    expect(parseLineRef("wire.NDJSON:3")).toEqual({ file: "wire.NDJSON", line: 3 });
    expect(parseLineRef("feed.jsonl")).toBeNull();
    expect(parseLineRef("notes:3.txt")).toBeNull();
    expect(parseLineRef("a.txt:3")).toBeNull();
    expect(parseLineRef("feed.jsonl:0")).toBeNull();
  });

  it("order by file, then by line number, and whole files as their names do", () => {
    const refs = ["feed.jsonl:10", "b.txt", "feed.jsonl:2", "feed.jsonl", "a.md", "feed.jsonl.bak"];
    expect([...refs].sort(compareRefs)).toEqual(["a.md", "b.txt", "feed.jsonl", "feed.jsonl:2", "feed.jsonl:10", "feed.jsonl.bak"]);
  });
});
