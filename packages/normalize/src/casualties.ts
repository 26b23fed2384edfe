import type { Metric } from "@salvo/core";
import type { Quantity } from "./quantities.ts";
import type { Token } from "./tokens.ts";

const LEFT_CASUALTY_VERBS: Readonly<Record<string, Metric>> = {
  killing: "killed", killed: "killed", kills: "killed", injuring: "injured", injured: "injured", wounding: "injured", wounded: "injured", hurting: "injured",
};
const RISE_VERBS = new Set([
  "risen", "rose", "rises", "climbed", "climbs", "increased", "increases", "reached", "reaches", "grown", "grew", "grows",
  "jumped", "jumps", "stands", "stood", "is", "was", "now", "put", "puts", "putting", "placed", "estimated",
  "bringing", "brings", "brought", "taking", "takes", "took", "raising", "raises", "raised", "pushed",
  "exceeded", "topped", "surpassed",
]);

/**
 * The words before an amount that a statement of a count ends with: "the death toll has climbed
 * to 12", "the ministry put the number of drones downed at 93"; null when the amount is not one.
 */
export function statedCountSubject(tokens: readonly Token[], q: Quantity): string[] | null {
  const prev = tokens[q.first - 1]?.norm ?? "";
  // "… has risen to 21", "put … at 93", "the number of drones shot down had reached 11"
  // (or "the number of drones exceeded 800")
  const verbBefore = prev === "reached" || prev === "exceeded" || prev === "topped" || prev === "surpassed";
  if (prev !== "to" && prev !== "at" && !verbBefore) return null;
  // the subject may be long: "the number of people killed in the shelling of Belgorod by … has risen to 21"
  const window = tokens.slice(Math.max(0, q.first - 35), verbBefore ? q.first : q.first - 1).map((t) => t.norm);
  return window.some((w) => RISE_VERBS.has(w)) ? window : null;
}

/**
 * "killing at least 14", "wounding seven", "the death toll has climbed to 12", "the number of dead has
 * risen to eight"; "the figure had risen to 24" after a casualty count in the sentence (`previous`) is that count again.
 */
export function ellipticCasualty(tokens: readonly Token[], q: Quantity, previous: Metric | null = null): Metric | null {
  const prev = tokens[q.first - 1]?.norm ?? "";
  if (LEFT_CASUALTY_VERBS[prev]) return LEFT_CASUALTY_VERBS[prev]!;
  // "The toll in the capital is now 15": a toll stated with "is (now)", no other count or clause between
  if (prev === "is" || prev === "was" || prev === "now") {
    const near = tokens.slice(Math.max(0, q.first - 9), q.first);
    const toll = near.findLastIndex((t) => t.norm === "toll");
    const after = tokens[q.last + 1];
    const bare = !after || after.kind !== "word" || /^(?:and|after|as|with|including|people|dead|killed|injured|wounded|civilians)$/.test(after.norm);
    if (toll >= 0 && bare && !near.slice(toll + 1).some((t) => t.kind === "number" || t.kind === "punct")) {
      return tollOf(near.slice(0, toll).map((t) => t.norm));
    }
  }
  const window = statedCountSubject(tokens, q);
  if (!window) return null;
  // the subject nearest the amount: "the toll had risen to seven, … the number of injured had climbed to 53"
  const toll = window.lastIndexOf("toll");
  // ("By Tuesday evening the count of dead stood at eight")
  const number = window.findLastIndex((w, i) => /^(?:number|count|tally)$/.test(w) && window[i + 1] === "of");
  const figure = window.findLastIndex((w, i) => /^(?:figure|count|tally|number)$/.test(w) && window[i + 1] !== "of");
  if (toll >= 0 && toll > number && toll > figure) return tollOf(window.slice(0, toll));
  if (number >= 0 && number > figure) {
    const what = window.slice(number + 2, number + 5);
    if (what.some((w) => /^(?:dead|deaths|killed|victims|fatalities|died)$/.test(w))) return "killed";
    if (what.some((w) => /^(?:injured|wounded|injuries|hurt)$/.test(w))) return "injured";
  }
  // (not "the damage count rose to 30 buildings": another noun says what it counts)
  const after = tokens[q.last + 1];
  const bare = !after || after.kind !== "word" || /^(?:and|by|as|after|on|in|at|with|people|persons|dead|killed|injured|wounded|civilians)$/.test(after.norm);
  if (figure >= 0 && bare && (previous === "killed" || previous === "injured")) return previous;
  return null;
}

/** What a toll counts, by the words before it: "the injury toll" is the injured, a toll alone the dead. */
const tollOf = (before: readonly string[]): Metric => (before.some((w) => w === "injury" || w === "injured") ? "injured" : "killed");
