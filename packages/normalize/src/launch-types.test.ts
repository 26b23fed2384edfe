import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract.ts";
import { articleOf } from "./test-helpers.ts";

/** metric:value per figure, in order. */
const figures = (text: string) => extractClaims(articleOf(text)).map((c) => `${c.metric}:${c.value ?? c.value_text}`);

describe("missiles of a type among those launched: a part of the launch count", () => {
  it("reads another type's count coordinated with the one before", () => {
    expect(
      figures(
        "Ukraine's Air Force said air defences had destroyed 268 drones and two missiles. Ten of the missiles were Iskander-M ballistic missiles and one was a Kh-101 cruise missile.",
      ),
    ).toEqual(["shot_down:268", "shot_down:2", "launched:10", "launched:1"]);
    expect(
      figures("It said Russia launched 810 drones and 13 missiles. It said the missiles were nine Iskander-K cruise missiles and four ballistic missiles of the Iskander-M type."),
    ).toEqual(["launched:810", "launched:13", "launched:9", "launched:4"]);
  });

  it("reads the count after a sentence's (or a list line's) opening 'Of the missiles'", () => {
    expect(
      figures(
        "The Air Force said Russia attacked with 458 drones and 45 missiles. Of the missiles, 32 were Iskander-M and KN-23 ballistic missiles; the rest were Kh-101 cruise missiles.",
      ),
    ).toEqual(["launched:458", "launched:45", "launched:32"]);
    expect(figures("- Launched: 94 missiles and 193 attack drones\n- Of the missiles: 93 were cruise missiles (Kh-101, Kalibr, Kh-55) and one was an Iskander-M ballistic missile")).toEqual([
      "launched:94", "launched:193", "launched:93", "launched:1",
    ]);
  });

  it("reads a list line that opens with a bare count of a type as a part of the launch, not one that names no type, nor a sentence", () => {
    expect(
      figures("The general said Russia fired 12 missiles at the capital and all 12 were shot down. Of those:\n\n- four were Kinzhal aeroballistic missiles from MiG-31K jets;\n- eight were Kalibr cruise missiles fired from the sea."),
    ).toEqual(["launched:12", "shot_down:12", "launched:4", "launched:8"]);
    expect(figures("The general said Russia fired 12 missiles at the capital. Of those:\n\n- four were shot down over the city;\n- eight were Kalibr cruise missiles that were downed near Kyiv.")).not.toContain(
      "launched:8",
    );
    // a sentence so opened after a downed count is a part of what was downed, not a launch
    expect(figures("Ukraine's air defences shot down 10 missiles overnight, the Air Force said. Four were Kh-101 cruise missiles.")).toEqual(["shot_down:10"]);
  });

  it("reads 'Among the missiles were' as the launched, whatever fate was told last, and a fate told of all of them", () => {
    expect(
      figures(
        "Russia fired 99 missiles and 35 Shahed drones. It said 72 of the missiles and all 35 drones were destroyed. Among the missiles were ten Kinzhal aeroballistic missiles, all of which, the Air Force said, were intercepted over the capital.",
      ),
    ).toEqual(["launched:99", "launched:35", "shot_down:72", "shot_down:35", "launched:10", "shot_down:10"]);
  });

  it("reads no type where the words after the count name none, or tell a fate", () => {
    expect(figures("Russia fired 40 missiles overnight. The missiles were 10 km from Kharkiv when they were shot down.")).toEqual(["launched:40"]);
    expect(figures("Russia fired 40 missiles overnight. Ten of the missiles were Iskander-M ballistic missiles and one was shot down over Kyiv.")).toEqual(["launched:40", "shot_down:1"]);
    expect(figures("Russia fired 40 missiles and 50 drones overnight. Of the missiles, 12 were shot down over the Kyiv region.")).toEqual(["launched:40", "launched:50", "shot_down:12"]);
  });
});
