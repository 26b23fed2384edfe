import { type Article, sentenceText } from "@salvo/core";

// A sentence shared by more articles than this is boilerplate or a stock phrase: it cannot tell
// which article another copied, so it is not used to find candidates (it still counts for overlap).
const MAX_POSTING = 8;
const MIN_SENTENCE = 40;
const MIN_CONTAINMENT = 0.8;

/** FNV-1a over the folded sentence, 32 bits: enough to tell sentences apart within a corpus. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The article's body sentences as hashes (whitespace and case folded; short ones left out). */
export function fingerprint(a: Article): number[] {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  return [...new Set(a.sentences.map((s) => fold(sentenceText(a, s))).filter((s) => s.length >= MIN_SENTENCE).map(hash))];
}

export interface Fingerprinted {
  readonly id: string;
  readonly published: string | null;
  readonly fingerprint: readonly number[];
}

/**
 * Republished copies: the same body under another outlet or headline. An article is a copy of an
 * earlier one (by publication date, then id) when at least 80% of its body sentences appear in it.
 * Candidates come from the sentences they share (posting lists), so the cost stays near linear.
 * Returns copy id → id of the first publication.
 */
export function findSyndication(articles: readonly Fingerprinted[]): Map<string, string> {
  const ordered = [...articles].sort(
    (a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const postings = new Map<number, string[]>();
  const sentencesOf = new Map<string, Set<number>>();
  const copies = new Map<string, string>();
  for (const a of ordered) {
    const own = new Set(a.fingerprint);
    sentencesOf.set(a.id, own);
    const candidates = new Set<string>();
    for (const h of own) {
      const list = postings.get(h);
      if (list && list.length <= MAX_POSTING) for (const id of list) candidates.add(id);
    }
    let best: { id: string; share: number } | null = null;
    for (const c of candidates) {
      const theirs = sentencesOf.get(c)!;
      let shared = 0;
      for (const h of own) if (theirs.has(h)) shared++;
      const share = own.size ? shared / own.size : 0;
      if (share >= MIN_CONTAINMENT && (!best || share > best.share)) best = { id: c, share };
    }
    if (best) copies.set(a.id, copies.get(best.id) ?? best.id);
    for (const h of own) {
      const list = postings.get(h) ?? [];
      if (list.length <= MAX_POSTING) list.push(a.id);
      postings.set(h, list);
    }
  }
  return copies;
}
