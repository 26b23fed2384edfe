import type { Token } from "./tokens.ts";

// the verbs that bring a count's people to hospital: "were taken to", "have gone to", "were rushed to", "turned to"
const TO_HOSPITAL_VERB = /^(?:taken|brought|admitted|rushed|sent|delivered|transported|went|gone|came|come|turned)$/;
// what may stand between the count's people and that verb
const AUXILIARY = /^(?:were|was|have|has|had|been|are|is|later|also|all|reportedly|since|then|subsequently)$/;
// a hospital, or the doctors the injured turned to
const HOSPITAL = /^(?:hospitals?|clinics?|doctors|medics|polyclinics?|emergency)$/;
// who go to hospital without being hurt: those who are there anyway, and those moved out of harm's way
const NOT_HURT = /^(?:patients|staff|doctors|nurses|medics|workers|volunteers|donors)$/;

/**
 * The index of the hospital a count's people were brought to, when the words from `from` (right past the people's noun) tell
 * that trip with a name of the hospital longer than the cue "taken to hospital" reads: "64 people … have gone to the city's
 * hospitals with injuries", "were taken to the regional hospital". Those who went to hospital from a strike are its injured,
 * with or without "injuries" after; -1 when the words do not tell the trip, or tell one of those who were not hurt (`noun`:
 * "patients were taken to the regional hospital"), or one made for another end ("came to the hospital to donate blood").
 */
export function hospitalTrip(tokens: readonly Token[], from: number, noun: string): number {
  if (NOT_HURT.test(noun)) return -1;
  const verbFrom = pastIncludingAside(tokens, from);
  let k = verbFrom;
  while (k < verbFrom + 3 && AUXILIARY.test(tokens[k]?.norm ?? "")) k++;
  if (!TO_HOSPITAL_VERB.test(tokens[k]?.norm ?? "") || tokens[k + 1]?.norm !== "to") return -1;
  // (the hospital's name or whose it is, a few words of its phrase: "the city's", "local", "the regional children's")
  for (let j = k + 2; j < k + 7; j++) {
    const t = tokens[j];
    if (!t || (t.kind !== "word" && t.norm !== "'s")) return -1;
    if (HOSPITAL.test(t.norm)) {
      // ("came to the hospital to donate blood": sent there for another end)
      if (tokens[j + 1]?.norm === "to" && tokens[j + 2]?.kind === "word") return -1;
      return j;
    }
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
