import { describe, expect, it } from "vitest";
import { recentAnswers } from "./recent.ts";

describe("recentAnswers", () => {
  const counted = () => {
    const asked: string[] = [];
    const read = recentAnswers((text: string) => {
      asked.push(text);
      const m = /\b(\d{1,2}):\d\d\b/.exec(text);
      return m ? Number(m[1]) : null;
    }, 2);
    return { asked, read };
  };

  it("answers as the reader does, asking it once for a text asked again in turn", () => {
    const { asked, read } = counted();
    const s = "The blast was heard at 04:20 in the Shevchenkivskyi district.";
    expect([read(s), read(s), read("No clock here.")]).toEqual([4, 4, null]);
    expect(read("No clock here.")).toBeNull();
    expect(asked).toEqual([s, "No clock here."]);
  });

  it("forgets the oldest text past its size, and reads it again when asked", () => {
    const { asked, read } = counted();
    read("at 01:00");
    read("at 02:00");
    read("at 03:00");
    expect(read("at 01:00")).toBe(1);
    expect(read("at 03:00")).toBe(3);
    expect(asked).toEqual(["at 01:00", "at 02:00", "at 03:00", "at 01:00"]);
  });
});
