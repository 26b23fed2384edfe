import { type Article, type ContactKind, sentenceText } from "@salvo/core";
import { findTimeRefs } from "./dates.ts";
import { PEOPLE } from "./people.ts";

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
}

const KINDS: ReadonlyArray<{ re: RegExp; kind: ContactKind }> = [
  { re: /\b(?:phone|telephone)\s+(?:call|conversation|talks?)\b|\bcall(?:ed)?\s+(?:with|between)\b|\bspoke\s+(?:by\s+phone|on\s+the\s+phone|with|to)\b|\b(?:held|had)\s+a\s+(?:\S+\s+){0,2}call\b|\bcall\b(?=[^.]*\b(?:between|with)\b)|(?:’s|'s)\s+call\b/i, kind: "phone_call" },
  { re: /\bsummit\b|\b(?:met|meets|hosted|hosts|received|receives)\s+(?:with\s+)?|\bmeeting\s+(?:with|between|in)\b|\bmeeting\b(?=[^.]*\bwith\b)/i, kind: "meeting" },
  { re: /\bvisit(?:ed|s|ing)?\s+(?:to\s+)?\b/i, kind: "visit" },
  { re: /\b(?:talks|discussions|negotiations)\b/i, kind: "talks" },
];

// A contact that did not happen: planned, hoped for, cancelled, refused.
const NOT_HELD = /\b(?:would|will|plans?\s+to|planned|is\s+expected\s+to|could|might|may|willing\s+to|wants?\s+to|hopes?\s+to|ready\s+to|cancel(?:l?ed|l?ing)?|called\s+off|postponed|refused|declined|rejected|no\s+plans|proposed|offered|upcoming|next\s+week|possible)\b/i;
const GROUPS: ReadonlyArray<{ re: RegExp; name: string; country: string }> = [
  { re: /\bUkrainian\s+(?:delegation|officials|negotiators|team|envoys)\b/, name: "Ukrainian delegation", country: "UA" },
  { re: /\bRussian\s+(?:delegation|officials|negotiators|team|envoys)\b/, name: "Russian delegation", country: "RU" },
  { re: /\b(?:U\.S\.|US|American)\s+(?:delegation|officials|negotiators|team|envoys)\b/, name: "US delegation", country: "US" },
];
// "willing to meet U.S. negotiators", "plans to speak with Putin": an infinitive contact is not one that happened
const HYPOTHETICAL = /\b(?:willing|ready|plans?|planning|wants?|hopes?|expected|agreed|offered|prepared|due)\s+to\s+(?:meet|speak|talk|hold|visit|call|host)\b/i;
const LINKED_TO_ATTACK = /\bhours\s+(?:after|before|following)\b|\bfollowed\b|\bcame\s+after\b|\bin\s+the\s+wake\s+of\b/i;
const PLACE = /\b(?:in|at)\s+(?:the\s+)?(Moscow|Kyiv|Istanbul|Riyadh|Jeddah|Geneva|Paris|London|Berlin|Rome|Washington|Florida|Mar-a-Lago|Anchorage|Alaska|Abu Dhabi|Miami|Davos|Munich|Budapest|Minsk|the White House|the Kremlin|the Vatican|Brussels|Doha)\b/;

/**
 * Calls, meetings and talks between named leaders or envoys of at least two countries.
 * `strikeDate` is the article's lead attack start, for contacts dated only as "hours before" it.
 */
export function extractContacts(article: Article, strikeDate: string | null): ArticleContact[] {
  const out: ArticleContact[] = [];
  for (const s of article.sentences) {
    const text = sentenceText(article, s);
    const kind = KINDS.find((k) => k.re.test(text));
    if (!kind) continue;
    const people: Array<{ name: string; country: string }> = PEOPLE.filter((p) => p.re.test(text)).map((p) => ({ name: p.name, country: p.country }));
    // "Rubio held talks with Ukrainian officials": a named envoy and an unnamed delegation of another country
    if (people.length >= 1) {
      for (const g of GROUPS) if (g.re.test(text) && !people.some((p) => p.country === g.country)) people.push({ name: g.name, country: g.country });
    }
    if (people.filter((p) => !p.name.includes(" delegation")).length === 0) continue;
    if (new Set(people.map((x) => x.country)).size < 2) continue; // a president with his own ministers is not diplomacy
    const cueAt = kind.re.exec(text)!.index;
    const window = text.slice(Math.max(0, cueAt - 80), cueAt + 30);
    if (NOT_HELD.test(window) || HYPOTHETICAL.test(text)) continue;
    const refs = findTimeRefs(text, article.meta.published).filter((r) => r.precision === "day"); // "overnight" dates the attacks a sentence also mentions, not the call
    const near = refs.length ? refs.reduce((a, b) => (Math.abs(b.at - cueAt) < Math.abs(a.at - cueAt) ? b : a)) : null;
    const date = near?.start ?? (LINKED_TO_ATTACK.test(text) ? strikeDate : null);
    out.push({
      kind: kind.kind,
      participants: people.map((x) => x.name).sort(),
      date,
      place: PLACE.exec(text)?.[1] ?? null,
      article_id: article.id,
      quote: text,
      quote_start: s.start,
      quote_end: s.end,
    });
  }
  return mergeMentions(out);
}

const family = (k: ContactKind) => (k === "phone_call" ? "call" : "in-person");

/** Mentions of the same contact in one article (same participants, compatible kind and date) are one. */
function mergeMentions(contacts: ArticleContact[]): ArticleContact[] {
  const merged: ArticleContact[] = [];
  for (const c of contacts) {
    const i = merged.findIndex(
      (m) =>
        family(m.kind) === family(c.kind) &&
        (m.date === null || c.date === null || m.date === c.date) &&
        m.participants.filter((p) => c.participants.includes(p)).length >= 2,
    );
    if (i < 0) {
      merged.push(c);
      continue;
    }
    const m = merged[i]!;
    const keepQuote = m.date !== null || c.date === null ? m : c;
    merged[i] = {
      ...keepQuote,
      kind: m.kind === "talks" && c.kind === "meeting" ? "meeting" : m.kind,
      participants: [...new Set([...m.participants, ...c.participants])].sort(),
      date: m.date ?? c.date,
      place: m.place ?? c.place,
    };
  }
  return merged;
}
