import { type Claimant, isPlaceName, isPronounClaimant } from "./claimants.ts";
import { BULLET_LINE } from "./lexicon.ts";

// a live page's entry opens with its clock: "16:55 Kremlin confirms Abu Dhabi round" titles one entry's news, it heads no section
const CLOCK_OPENING = /^\W*\d{1,2}[:.]\d{2}\b/;
const SOURCE_LINE = /^\W*Sources?\s*:/i;

/**
 * "What the Air Force reported", "Air Force: 503 means of air attack": a subheading (a short line of its own, see isLabelLine in
 * extract.ts) that names one side's source, or a third party, says whose the figures of the paragraphs under it are, up to the
 * next subheading. Null for any other line: a list item, a live entry's title, a place's label ("Ukraine: six children among
 * Uman victims"), a local authority or a pronoun, whose side the line alone does not tell.
 */
export function sourceHeading(line: string, named: Claimant | undefined): Claimant | null {
  // (a "Source: …" line, as Ukrainian outlets put one over each part of a report, names its source whatever the office:
  // "Source: Yurii Pohuliaiko, Head of Volyn Oblast Military Administration")
  const sided = named?.side === "UA" || named?.side === "RU" || named?.side === "other" || (named?.side === "local" && SOURCE_LINE.test(line));
  if (!named || !sided || isPronounClaimant(named)) return null;
  if (BULLET_LINE.test(line) || CLOCK_OPENING.test(line) || isPlaceName(named.name)) return null;
  return named;
}

/**
 * Whether a line ingest kept out of the body stands between two sentences (`from`, `to` in the page's text): a short subheading
 * ("Kyiv region", "Background"), a caption, a "Read also" link. It ends the section a subheading's source spoke for.
 */
export function lineBetween(page: string, from: number, to: number): boolean {
  return /\S/.test(page.slice(from, to));
}
