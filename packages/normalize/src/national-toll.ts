import { ADMINISTRATIONS, type Claimant } from "./claimants.ts";

// the whole country a toll is counted over, right after its casualty word in the toll's own clause: "At least 12 people were
// killed across Ukraine", "14 killed and 97 injured nationwide", "five dead in attacks across the country"
// (not a lede's "Russia fired a barrage of missiles across Ukraine, killing three in Kyiv": the place comes after the toll there)
// (nor "Three people were killed in Kyiv as Russia launched strikes across Ukraine": the country of another clause)
const NATIONWIDE = /^[^,.;:()]{0,60}?\b(?:killed|injured|wounded|hurt|dead|died|deaths)\b(?:(?!\b(?:as|when|while|after|where|which|who|since|because|amid)\b)[^,.;:()]){0,40}?(?:\b(?:across|throughout|all\s+over)\s+(?:Ukraine|the\s+country)\b|\bnationwide\b)/i;

// an office over one region, city or town: a governor, a mayor, a regional or city administration ("regional governor Vitalii
// Bunechko", "the Kharkiv regional military administration", "Mayor Ihor Terekhov")
const REGIONAL_OFFICE = new RegExp(String.raw`\b(?:governor|mayor|regional|region|oblast|city|district|village|town|community|hromada|military\s+administration|(?:${ADMINISTRATIONS}))\b`, "i");

// what a national toll counts among its dead, told right after it: "…, including three children in the Zhytomyr region"
const PART_OF = /^\s*,?\s*(?:including|among\s+them|of\s+them|among\s+whom)\b[^,.;:()]*$/i;
const PHRASE = /\b(?:across|throughout|all\s+over)\s+(?:Ukraine|the\s+country)\b|\bnationwide\b/gi;

/**
 * Whether the toll whose value ends at `valueEnd` (an offset in `text`, its sentence) is one of the whole country, or a part of
 * one the sentence told just before it ("…, including three children").
 */
export function isNationalToll(text: string, valueEnd: number): boolean {
  if (NATIONWIDE.test(text.slice(valueEnd))) return true;
  const before = text.slice(0, valueEnd);
  const last = [...before.matchAll(PHRASE)].at(-1);
  return last !== undefined && PART_OF.test(before.slice(last.index + last[0].length).replace(/\S+$/, ""));
}

/**
 * A toll of the whole country is no regional official's: "At least 12 people were killed across Ukraine, including three children
 * in the Zhytomyr region. The children … were killed when a drone hit a house, regional governor Vitalii Bunechko said." gives
 * the governor the children of his region, not the country's dead. The official named next is dropped for that toll (null).
 */
export function unlessRegionalForNational(next: Claimant | null, text: string, valueEnd: number): Claimant | null {
  return next && REGIONAL_OFFICE.test(next.name) && isNationalToll(text, valueEnd) ? null : next;
}
