import { type Article, sentenceText } from "@salvo/core";

/**
 * Republished copies: the same body sentences under another outlet or headline. Fingerprint =
 * the set of body sentences (whitespace and case folded); an article whose sentences are at least
 * 80% those of an earlier one (by publication date, then id) is a copy of it.
 */
export function findSyndication(articles: readonly Article[]): Map<string, string> {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  const ordered = [...articles].sort((a, b) => (a.meta.published ?? "9999").localeCompare(b.meta.published ?? "9999") || a.id.localeCompare(b.id));
  const index = new Map<string, string>(); // sentence → first article
  const copies = new Map<string, string>();
  for (const a of ordered) {
    const sentences = a.sentences.map((s) => fold(sentenceText(a, s))).filter((s) => s.length >= 40);
    const votes = new Map<string, number>();
    for (const s of sentences) {
      const owner = index.get(s);
      if (owner) votes.set(owner, (votes.get(owner) ?? 0) + 1);
    }
    const [owner, n] = [...votes].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? [null, 0];
    if (owner && sentences.length > 0 && n / sentences.length >= 0.8) copies.set(a.id, copies.get(owner) ?? owner);
    for (const s of sentences) if (!index.has(s)) index.set(s, a.id);
  }
  return copies;
}
