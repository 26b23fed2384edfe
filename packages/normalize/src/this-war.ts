import type { Article } from "@salvo/core";
import { findPlaces } from "./places.ts";

// the war's sides, capitals and leaders as any report of it names them
export const THIS_WAR = /\b(?:Russia|Russian|Russians|Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|Moscow|Kremlin|Putin|Zelensk(?:y|yy|iy))\b/;
// (and the arms only this war's reports name: "Shahed drones and a Kinzhal struck Lutsk")
const ITS_ARMS = /\b(?:Shahed|Geran|Kinzhal|Iskander|Kalibr|Oniks|Kh-\d{2,3}|Tu-95|Storm\s+Shadow|ATACMS)/;
// the other wars and rivalries whose air attacks a news feed carries beside ours
const ELSEWHERE =
  /\b(?:Israel|Israeli|IDF|Hamas|Hezbollah|Houthis?|Gaza|Lebanon|Lebanese|Yemen|Yemeni|Syria|Syrian|Iran|Iranian|Iraq|Iraqi|Sudan|Sudanese|RSF|Pakistan|Pakistani|India|Indian|Myanmar|Ethiopia|Ethiopian|Somalia|Libya|Libyan|Taiwan|China|Chinese|Venezuela|Korea|Korean)\b/;

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
  return ELSEWHERE.test(text) && !THIS_WAR.test(text) && !ITS_ARMS.test(text) && !findPlaces(text).some((p) => p.country === "UA" || p.country === "RU");
}
