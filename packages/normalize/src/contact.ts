import type { ContactKind } from "@salvo/core";

/** A diplomatic contact as read from one article. */
export interface ArticleContact {
  readonly kind: ContactKind;
  readonly participants: readonly string[];
  readonly date: string | null;
  readonly place: string | null;
  readonly article_id: string;
  readonly quote: string;
  readonly quote_start: number;
  readonly quote_end: number;
  /** Leaders named as their group ("the G7 leaders gathered at Schloss Elmau"): see `groupApart`. */
  readonly group?: boolean;
}

/**
 * A contact of some of a group's members is not the group's own, though it shares two of them: "Johnson and Macron held talks on
 * the sidelines of the summit" beside "the G7 leaders sat down for their first working session", or Zelensky's call with Scholz on
 * the day of a G7 video conference.
 */
export const groupApart = (a: Pick<ArticleContact, "group" | "participants">, b: Pick<ArticleContact, "group" | "participants">): boolean => {
  const [group, other] = a.group === true ? [a, b] : [b, a];
  return group.group === true && other.group !== true && other.participants.length < group.participants.length && other.participants.every((p) => group.participants.includes(p));
};

/**
 * A contact while mentions are merged: the report's day stands in for its date only when no mention dates it; `own`, a
 * contact its sentence tells as apart from any other of those people ("Erdogan and Zelensky held a bilateral meeting");
 * `earlierThan`, an undated contact told as held before that day ("their first talks since a brief meeting in April"), so no
 * mention of that day or later is the same one.
 */
export type Mention = ArticleContact & { readonly reportedDay?: string | null; readonly own?: boolean; readonly earlierThan?: string };

// where a contact was held, of the places contacts are held in: "in Riyadh", "at the White House", "visited Ankara"
export const PLACE = /\b(?:[Ii]n|[Aa]t|visit(?:ed|ing|s)?)\s+(?:the\s+)?(Moscow|Kyiv|Istanbul|Riyadh|Jeddah|Geneva|Paris|London|Berlin|Rome|Washington|Florida|Mar-a-Lago|Anchorage|Alaska|Abu Dhabi|Miami|Davos|Munich|Budapest|Minsk|the White House|the Kremlin|the Vatican|Brussels|Doha|St\.? Petersburg|Saint Petersburg|Ankara|Sochi|Tirana|Warsaw|Vilnius|Tallinn|Riga|Copenhagen|Helsinki|Oslo|Stockholm|The Hague|the Hague|Vienna|Beijing|New Delhi|Tianjin|Pretoria|Ottawa|Halifax|Kananaskis|Novo-Ogaryovo|Camp David|New York|Dubai|Rzeszow|Rzeszów|Odesa|Lviv)\b/;

export const family = (k: ContactKind) => (k === "phone_call" ? "call" : "in-person");
