import { type Article, sentenceText } from "@salvo/core";

// A sentence shared by more articles than this is boilerplate or a stock phrase: it cannot tell
// which article another copied, so it is not used to find candidates (it still counts for overlap).
const MAX_POSTING = 8;
const MIN_SENTENCE = 40;
const MIN_CONTAINMENT = 0.8;
/** A copy wrapped in its own page furniture ("republished under a content-sharing agreement", related links) is still mostly the source's body. */
const MIN_BODY_SHARE = 0.5;

/** FNV-1a over the folded sentence, 32 bits (as a signed int: a small integer to V8, never a boxed number). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** The article's body sentences as hashes (whitespace and case folded; short ones left out). */
export function fingerprint(a: Article): number[] {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  return [...new Set(a.sentences.map((s) => fold(sentenceText(a, s))).filter((s) => s.length >= MIN_SENTENCE).map(hash))];
}

export interface Fingerprinted {
  readonly id: string;
  readonly published: string | null;
  /** The full publication time, when known: a wire filed at 07:40 came before its copy at 11:20 the same day. */
  readonly publishedAt?: string | null | undefined;
  readonly fingerprint: readonly number[];
}

/**
 * Republished copies: the same body under another outlet or headline. An article is a copy of an
 * earlier one (by publication date, then the shorter, then id) when at least 80% of its body sentences appear in it,
 * or when it holds at least 80% of the earlier one's sentences and they are at least half of its own
 * (the body wrapped in the republisher's furniture).
 * Candidates come from the sentences they share (posting lists), so the cost stays near linear.
 * Returns copy id → id of the first publication.
 */
export function findSyndication(articles: readonly Fingerprinted[]): Map<string, string> {
  // publication order; on one date the bare body before the pages that wrap it, then by id
  const ordered = [...articles].sort(
    (a, b) =>
      (a.published ?? "9999").localeCompare(b.published ?? "9999") ||
      // (the same day: the earlier time when both give one)
      (a.publishedAt && b.publishedAt ? a.publishedAt.localeCompare(b.publishedAt) : 0) ||
      a.fingerprint.length - b.fingerprint.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Each article's sentences as a sorted typed array, and every (sentence, article) pair packed into
  // one number, sorted: at 100,000 articles a map of posting lists and a set per article held
  // about 1 GB; these arrays hold about 60 MB and sort natively.
  const own = ordered.map((a) => Int32Array.from(new Set(a.fingerprint.map((h) => h | 0))).sort());
  const rankBits = Math.max(1, Math.ceil(Math.log2(ordered.length + 1)));
  // a float64 holds 53 bits exactly: past 2^21 articles the hash gives up low bits (candidates are
  // still checked against the full hashes below)
  const drop = Math.max(0, 32 + rankBits - 53);
  const rankSpan = 2 ** rankBits;
  const pairs = new Float64Array(own.reduce((n, s) => n + s.length, 0));
  let k = 0;
  own.forEach((sentences, rank) => {
    for (const h of sentences) pairs[k++] = Math.floor((h + 2 ** 31) / 2 ** drop) * rankSpan + rank;
  });
  pairs.sort();

  // Articles sharing a sentence, in publication order: each of the first MAX_POSTING + 1 sees the
  // ones before it as candidates (a sentence in more articles is boilerplate and points nowhere).
  const candidates = new Map<number, Set<number>>();
  for (let from = 0; from < pairs.length; ) {
    const sentence = Math.floor(pairs[from]! / rankSpan);
    let to = from + 1;
    while (to < pairs.length && Math.floor(pairs[to]! / rankSpan) === sentence) to++;
    for (let i = from + 1; i < to && i - from <= MAX_POSTING; i++) {
      const rank = pairs[i]! % rankSpan;
      const set = candidates.get(rank) ?? new Set<number>();
      for (let j = from; j < i; j++) set.add(pairs[j]! % rankSpan);
      candidates.set(rank, set);
    }
    from = to;
  }

  const firstOf = new Int32Array(ordered.length).fill(-1);
  const copies = new Map<string, string>();
  for (const rank of [...candidates.keys()].sort((a, b) => a - b)) {
    const mine = own[rank]!;
    let best = -1;
    let bestShare = 0;
    for (const c of [...candidates.get(rank)!].sort((a, b) => a - b)) {
      const shared = sharedCount(mine, own[c]!);
      const share = mine.length ? shared / mine.length : 0;
      // the copy is (nearly) all the source's body, or holds the whole source body inside its own page furniture
      const wholeBody = own[c]!.length > 0 && shared / own[c]!.length >= MIN_CONTAINMENT && share >= MIN_BODY_SHARE;
      if ((share >= MIN_CONTAINMENT || wholeBody) && share > bestShare) {
        best = c;
        bestShare = share;
      }
    }
    if (best < 0) continue;
    firstOf[rank] = firstOf[best]! >= 0 ? firstOf[best]! : best;
    copies.set(ordered[rank]!.id, ordered[firstOf[rank]!]!.id);
  }
  return copies;
}

/** How many values two sorted arrays share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** The copies among the results of normalizing articles: findSyndication over what each result carries. */
export function syndicationOf(
  results: ReadonlyArray<{ readonly articleId: string; readonly published: string | null; readonly publishedAt?: string | null | undefined; readonly fingerprint: readonly number[] }>,
): Map<string, string> {
  return findSyndication(results.map((r) => ({ id: r.articleId, published: r.published, publishedAt: r.publishedAt, fingerprint: r.fingerprint })));
}
