import type { Article } from "@salvo/core";
import { findPlaces } from "./places.ts";

// the war's sides, capitals and leaders as any report of it names them
const THIS_WAR = /\b(?:Russia|Russian|Russians|Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Moscow|Kremlin|Putin|Zelensk(?:y|yy|iy))\b/;
// (and the arms only this war's reports name: "Shahed drones and a Kinzhal struck Lutsk")
const ITS_ARMS = /\b(?:Shahed|Geran|Kinzhal|Iskander|Kalibr|Oniks|Kh-\d{2,3}|Tu-95|Storm\s+Shadow|ATACMS)/;
// the wars a live page of the day's wars covers beside ours: "Iran launched around 30 ballistic missiles at Israel overnight, the IDF says"
const OTHER_WARS = String.raw`Israel|Israeli|Israelis|IDF|Hamas|Hezbollah|Houthis?|Gaza|Tel\s+Aviv|Lebanon|Lebanese|Yemen|Yemeni|Magen\s+David\s+Adom`;
const OTHER_WAR = new RegExp(String.raw`\b(?:${OTHER_WARS})\b`);
// and the other conflicts whose air attacks a news feed carries (not the countries that arm Russia, whose names this war's
// briefs give their weapons: "63 of the 90 Iranian-made drones", "North Korean KN-23 missiles")
const ELSEWHERE = new RegExp(String.raw`\b(?:${OTHER_WARS}|Syria|Syrian|Iraq|Iraqi|Sudan|Sudanese|RSF|Pakistan|Pakistani|India|Indian|Myanmar|Ethiopia|Ethiopian|Somalia|Libya|Libyan|Taiwan|Venezuela)\b`);

const namesItsPlaces = (text: string): boolean => findPlaces(text).some((p) => p.country === "UA" || p.country === "RU");

/**
 * A sentence about another war (Israel, Gaza, Lebanon, Yemen) that names neither side of this one, nor a place of theirs: its
 * figures are none of ours (not "Two Israeli citizens were among the 12 people injured in the strike on Odesa").
 */
export const anotherWar = (text: string): boolean => {
  // (cutting the asides only takes words away, never joins two into a name: a sentence that names no other war uncut names none cut)
  if (!OTHER_WAR.test(text)) return false;
  const main = withoutAsides(text);
  return OTHER_WAR.test(main) && !THIS_WAR.test(main) && !namesItsPlaces(main);
};

// ("Iran, which sold Russia the original design, launched around 170 drones at Israel": an aside on the other war's party
// names Russia, its main clause does not)
const RELATIVE_ASIDE = /,\s*(?:which|who|whose)\b[^,;.]*,/g;
const withoutAsides = (text: string): string => text.replace(RELATIVE_ASIDE, ",");

/**
 * Whether an article is about another conflict: it names one (another country at war, its parties) and nothing of this
 * war's, neither side, capital or leader, nor its arms, nor a place in Ukraine or Russia. A page a feed let through from
 * Sudan ("Drones attacked Port Sudan for a third day … Eleven drones were shot down") or another summit ("Trump met
 * Netanyahu at the White House") has no figure or contact of ours, though its sentences read like them. In doubt it is
 * read: an article that names no place at all ("Air defences downed 63 drones overnight, the Air Force said"), or whose
 * page furniture names this war ("World | Russia").
 */
export function aboutAnotherWar(article: Pick<Article, "text">): boolean {
  const { text } = article;
  return ELSEWHERE.test(text) && !THIS_WAR.test(text) && !ITS_ARMS.test(text) && !namesItsPlaces(text);
}
