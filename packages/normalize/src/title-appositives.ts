// an aside that gives the office of the person just named, between commas: ", Trump's special envoy,", ", the Kremlin's foreign
// policy aide,", ", Ukraine's foreign minister," (a noun phrase headed by an office, no verb of its own)
const TITLE_APPOSITIVE =
  /,\s+(?:(?:the|a|an|his|her|their|[\p{Lu}][\p{L}.-]*['’]s)\s+)(?:[\p{L}.'’-]+\s+){0,4}?(?:envoy|adviser|advisor|aide|minister|secretary|president|chancellor|premier|spokes(?:man|woman|person)|chief|head|leader|negotiator|representative|ambassador|counterpart|commander)\b(?:\s+(?:of|for|to)\s+[\p{L}.'’ -]{1,40}?)?\s*,/giu;

/**
 * `text` with the asides that name a person's office blanked to spaces of the same length ("The strike came two days after Steve
 * Witkoff, Trump's special envoy, held talks with Putin" reads as one clause), so that a test for a clause's commas passes over
 * them; offsets into it stay those of `text`. Not an aside with a verb ("…, who met Putin on Friday, …") nor one that names no
 * office (", officials said,").
 */
export const withoutTitleAppositives = (text: string): string => text.replace(TITLE_APPOSITIVE, (m) => " ".repeat(m.length));
