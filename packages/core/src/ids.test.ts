import { describe, expect, it } from "vitest";
import { contentId } from "./ids.ts";

describe("contentId", () => {
  it("is derived from content only: same parts, same id; any change, another id", () => {
    const a = contentId("evt", "strike", "RU", "UA", "2025-07-09");
    expect(contentId("evt", "strike", "RU", "UA", "2025-07-09")).toBe(a);
    expect(contentId("evt", "strike", "RU", "UA", "2025-07-10")).not.toBe(a);
    expect(a).toMatch(/^evt_[0-9a-f]{16}$/);
  });

  it("keeps null and empty apart from the neighbouring part", () => {
    expect(contentId("x", "a", null, "b")).not.toBe(contentId("x", "a", "b", null));
  });
});
