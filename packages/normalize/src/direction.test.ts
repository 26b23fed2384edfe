import { describe, expect, it } from "vitest";
import { attackerByDefender, attackNamedNear } from "./direction.ts";

const near = (text: string, figure: string) => attackNamedNear(text, text.indexOf(figure));

describe("the side whose attack the words near a figure name", () => {
  it("passes over an attack named only to time the figure's by ('Hours after the Russian barrage, a drone struck …')", () => {
    expect(near("Hours after the Russian barrage, a drone struck a shopping centre in Vladikavkaz, injuring one person.", "one person")).toBeNull();
    expect(near("A day after the Ukrainian strike on Belgorod, Russian missiles killed 12 people in Kharkiv.", "12 people")).toBe("RU");
  });

  it("passes over an attack told after the figure past a comma to time it by ('…, the governor said, hours after a Ukrainian missile …')", () => {
    const text = "A Russian missile slammed into an apartment block and the regional security service building in the central Ukrainian city of Dnipro on Friday evening, wounding nine people, the regional governor said, hours after a Ukrainian missile damaged buildings in the Russian port city of Taganrog.";
    expect(near(text, "nine people")).toBeNull();
    // (a bare ", following a …" with no word of time nor teller between is the figure's own attack)
    expect(near("Five civilians were wounded, following a Ukrainian shelling attack on the market, local authorities said.", "Five civilians")).toBe("UA");
  });

  it("keeps the attack a figure came of ('killed after a Russian drone hit their car')", () => {
    expect(near("Two people were killed after a Russian drone hit their car near Kherson.", "Two people")).toBe("RU");
    expect(near("Three people were injured in a Ukrainian drone attack on Belgorod, the governor said.", "Three people")).toBe("UA");
  });
});

describe("the attacker by whose air defence downed it", () => {
  it("reads Russia's air defence as its ministry's translated copy words it ('Air defence means of the Armed Forces of the RF')", () => {
    expect(attackerByDefender("Air defence means of the Armed Forces of the RF over the week from 6 to 12 September shot down 2 long-range missiles and 1 449 unmanned aerial vehicles of aircraft type, the Ministry of Defence reported.")).toBe("UA");
    expect(attackerByDefender("Russian air defences shot down 41 drones over the Belgorod region.")).toBe("UA");
  });

  it("does not read Ukraine's other forces as an air defence of one side ('the air defence of other components of the Defence Forces of Ukraine')", () => {
    expect(attackerByDefender("Mobile fire groups and the air defence of other components of the Defence Forces of Ukraine were involved in repelling the attack.")).toBeNull();
  });
});
