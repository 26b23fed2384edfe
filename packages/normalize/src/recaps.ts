import { BULLET_LINE } from "./lexicon.ts";
import { partitionPoint } from "./partition-point.ts";

/**
 * A recap: a live page's closing entry that sums up the day ("That's all from us today. Here's a recap: explosions rocked a
 * depot …, injuring two people"), or a "To recap:" paragraph. Its figures restate what the page's entries told, with
 * whatever source or day the recap's own words seem to give them ("Russia says eight drones attacked Moscow" lends "Russia"
 * to the Kyiv toll before it).
 */
// (the marker on the paragraph's first line, up to the figure: a recap's own line, or the heading over its bullets,
// "A summary of a day in which the diplomacy of the war moved faster …:"; not a summary a source gave, "a summary of the
// damage was published by the governor" with no colon after it; a page paused for the night closes the day as one closed does:
// "We are pausing the live page here. The main points of the day:")
const RECAP =
  /\b(?:(?:a|the|quick|brief|short)\s+)?(?:summary|recap)\b(?:\s+of\s+[^:\n]{0,120})?\s*:|\bto\s+recap\b|\b(?:that's|that\s+is)\s+(?:all\s+from\s+us|where\s+we(?:'ll|\s+will)\s+(?:leave|pause|close|end|stop))\b|\b(?:closing|pausing|wrapping\s+up)\s+(?:this|our|the)\s+(?:live\s+)?(?:page|blog|coverage)\b/i;

/**
 * Whether a figure quoted from `start` to `end` stands in a recap: on the recap's own line, before the figure, or in a list under
 * its heading. Built once per article: each line is searched once, however many figures it holds (a 200 KB paragraph of one line
 * must not be searched again for every figure in it).
 */
export function recapReader(text: string): (start: number, end: number) => boolean {
  // (line and paragraph starts found once: searching back from each figure would cross the whole of a long paragraph every time)
  const lineStarts = [0];
  const paragraphStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    lineStarts.push(i + 1);
    if (text[i + 1] === "\n") paragraphStarts.push(i + 2);
  }
  const markerEnds = new Map<number, number>(); // line start → end of the line's first recap marker, -1 for none
  const markerEnd = (from: number): number => {
    let at = markerEnds.get(from);
    if (at === undefined) {
      const next = text.indexOf("\n", from);
      const m = RECAP.exec(text.slice(from, next < 0 ? text.length : next));
      at = m ? from + m.index + m[0].length : -1;
      markerEnds.set(from, at);
    }
    return at;
  };
  const isBullet = (from: number) => BULLET_LINE.test(text.slice(from, Math.min(from + 4, text.length)));
  return (start, end) => {
    const opening = lastAtOrBefore(paragraphStarts, start);
    const line = Math.max(opening, lastAtOrBefore(lineStarts, end));
    const own = markerEnd(line);
    if (own >= 0 && own <= end) return true;
    if (!isBullet(line)) return false;
    // (the heading over the bullets: the nearest line above that is not a bullet, within the paragraph)
    let at = lineStarts.indexOf(line);
    do {
      if (lineStarts[at]! <= opening) return false;
      at--;
    } while (isBullet(lineStarts[at]!));
    return markerEnd(lineStarts[at]!) >= 0;
  };
}

/** The greatest of the ascending `starts` at or before `at` (the first is 0). */
function lastAtOrBefore(starts: readonly number[], at: number): number {
  return starts[Math.max(0, partitionPoint(starts.length, (i) => starts[i]! <= at) - 1)]!;
}
