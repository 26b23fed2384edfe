import { BE, HAVE, VERB_ADVERBS, wordOf } from "./auxiliaries.ts";
import type { Token } from "./tokens.ts";

// the verbs that bring a count's people to hospital: "were taken to", "have gone to", "were rushed to", "turned to"
const TO_HOSPITAL_VERB = /^(?:taken|brought|admitted|rushed|sent|delivered|transported|went|gone|came|come|turned)$/;
// what may stand between the count's people and that verb: "were all taken", "have since gone", "were then rushed"
const AUXILIARY = wordOf(BE, HAVE, ["been"], VERB_ADVERBS, ["all", "since", "then", "subsequently"]);
// a hospital, or the doctors the injured turned to ("emergency" only as a ward's name: "taken to emergency shelters" is no hospital)
const HOSPITAL = /^(?:hospitals?|clinics?|doctors|medics|polyclinics?)$/;
const EMERGENCY_WARD = /^(?:wards?|rooms?|departments?|units?)$/;
/** Those in hospital anyway, whose count there is no toll: "4 patients in hospital were evacuated". */
export const AT_HOSPITAL_ANYWAY = /^(?:patients|staff|doctors|nurses|medics)$/;
// who go to hospital without being hurt: those there anyway, and those who come to give
const NOT_HURT = /^(?:volunteers|donors)$/;
// ("taken to other hospitals in the city": patients moved on from one, not brought from the strike)
const ANOTHER = /^(?:other|another|different)$/;

/**
 * Whether the words from `from` to `to` (within their sentence) tell people moved out of harm's way rather than hurt: "were
 * evacuated to hospital", "transferred", "moved", "taken to the regional hospital as a precaution".
 * Not the verbs of rescue (figures.ts's RESCUED: "rescued", "saved"), kept apart on purpose: a count whose own verb is a rescue
 * is no toll, but a rescue told by a hospital trip is how the injured got there ("Five people were taken to hospital after being
 * rescued from the rubble" are five injured, where "… after being evacuated from the building" are none).
 */
export function movedOutOfHarm(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, tokens.length); j++) {
    const w = tokens[j]!.norm;
    if (w === "." || w === ";") return false;
    if (/^(?:evacuat|transferr|relocat)/.test(w) || w === "moved") return true;
    if (w === "as" && tokens[j + 1]?.norm === "a" && /^precaution/.test(tokens[j + 2]?.norm ?? "")) return true;
  }
  return false;
}

/**
 * The index of the hospital a count's people were brought to, when the words from `from` (right past the people's noun) tell
 * that trip with a name of the hospital longer than the cue "taken to hospital" reads: "64 people … have gone to the city's
 * hospitals with injuries", "were taken to the regional hospital". Those who went to hospital from a strike are its injured,
 * with or without "injuries" after; -1 when the words do not tell the trip, or tell one of those who were not hurt (`noun`:
 * "patients were taken to the regional hospital"), or one made for another end ("came to the hospital to donate blood").
 */
export function hospitalTrip(tokens: readonly Token[], from: number, noun: string): number {
  if (NOT_HURT.test(noun) || AT_HOSPITAL_ANYWAY.test(noun)) return -1;
  const verbFrom = pastIncludingAside(tokens, from);
  let k = verbFrom;
  while (k < verbFrom + 3 && AUXILIARY.test(tokens[k]?.norm ?? "")) k++;
  if (!TO_HOSPITAL_VERB.test(tokens[k]?.norm ?? "") || tokens[k + 1]?.norm !== "to") return -1;
  // (the hospital's name or whose it is, a few words of its phrase: "the city's", "local", "the regional children's")
  for (let j = k + 2; j < k + 7; j++) {
    const t = tokens[j];
    if (!t || (t.kind !== "word" && t.norm !== "'s")) return -1;
    const end = HOSPITAL.test(t.norm) ? j : t.norm === "emergency" && EMERGENCY_WARD.test(tokens[j + 1]?.norm ?? "") ? j + 1 : -1;
    if (end >= 0) {
      // ("came to the hospital to donate blood": sent there for another end)
      if (tokens[end + 1]?.norm === "to" && tokens[end + 2]?.kind === "word") return -1;
      return movedOutOfHarm(tokens, from, end + 12) ? -1 : end;
    }
    if (ANOTHER.test(t.norm)) return -1;
    if (t.norm === "and" || t.norm === "or") return -1;
  }
  return -1;
}

/** Past ", including eight children," set off between a count's people and their verb: where the verb starts, else `from`. */
function pastIncludingAside(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== "," || !/^(?:including|among)$/.test(tokens[from + 1]?.norm ?? "")) return from;
  const close = tokens.findIndex((t, j) => j > from + 1 && t.norm === ",");
  return close > 0 && close - from <= 10 ? close + 1 : from;
}
