import { describe, expect, it } from "vitest";
import { attackNamedNear } from "./direction.ts";

const near = (text: string, figure: string) => attackNamedNear(text, text.indexOf(figure));

describe("the side whose attack the words near a figure name", () => {
  it("passes over an attack named only to time the figure's by ('Hours after the Russian barrage, a drone struck …')", () => {
    expect(near("Hours after the Russian barrage, a drone struck a shopping centre in Vladikavkaz, injuring one person.", "one person")).toBeNull();
    expect(near("A day after the Ukrainian strike on Belgorod, Russian missiles killed 12 people in Kharkiv.", "12 people")).toBe("RU");
  });

  it("keeps the attack a figure came of ('killed after a Russian drone hit their car')", () => {
    expect(near("Two people were killed after a Russian drone hit their car near Kherson.", "Two people")).toBe("RU");
    expect(near("Three people were injured in a Ukrainian drone attack on Belgorod, the governor said.", "Three people")).toBe("UA");
  });
});
