import { BULLET_LINE } from "./lexicon.ts";

/**
 * A recap: a live page's closing entry that sums up the day ("That's all from us today. Here's a recap: explosions rocked a
 * depot …, injuring two people"), or a "To recap:" paragraph. Its figures restate what the page's entries told, with
 * whatever source or day the recap's own words seem to give them ("Russia says eight drones attacked Moscow" lends "Russia"
 * to the Kyiv toll before it).
 */
// (the marker on the paragraph's first line, up to the figure: a recap's own line, or the heading over its bullets,
// "A summary of a day in which the diplomacy of the war moved faster …:"; not a summary a source gave, "a summary of the
// damage was published by the governor" with no colon after it)
const RECAP =
  /\b(?:(?:a|the|quick|brief|short)\s+)?(?:summary|recap)\b(?:\s+of\s+[^:\n]{0,120})?\s*:|\bto\s+recap\b|\b(?:that's|that\s+is)\s+(?:all\s+from\s+us|where\s+we(?:'ll|\s+will)\s+(?:leave|pause|close|end|stop))\b|\bclosing\s+(?:this|our|the)\s+(?:live\s+)?(?:page|blog|coverage)\b/i;

/** Whether the figure quoted from `start` to `end` stands in a recap: on the recap's own line, or in a list under its heading. */
export function inRecap(text: string, start: number, end: number): boolean {
  const paragraph = text.lastIndexOf("\n\n", start);
  const lines = text.slice(paragraph < 0 ? 0 : paragraph + 2, end).split("\n");
  let heading = lines.length - 2;
  while (heading >= 0 && BULLET_LINE.test(lines[heading]!)) heading--;
  return RECAP.test(lines.at(-1)!) || (BULLET_LINE.test(lines.at(-1)!) && heading >= 0 && RECAP.test(lines[heading]!));
}
