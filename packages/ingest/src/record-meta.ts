import { MONTHS, Sidecar } from "@salvo/core";

/** The metadata an article file states of itself: Markdown front matter, a JSON Lines record's fields. */
export type OwnMeta = Pick<Sidecar, "published" | "outlet" | "url" | "headline" | "author">;

// The names export tools give each field, tried in this order: Hugo and Jekyll write "title" and "date", WordPress and RSS
// "link" and "pubDate", schema.org "headline" and "datePublished", newspaper3k "publish_date", trafilatura "sitename" and
// "source" (its page's address), other scrapers "source", "byline" or "body".
const NAMES: ReadonlyArray<readonly [keyof OwnMeta, readonly string[]]> = [
  ["headline", ["title", "headline"]],
  ["published", ["published", "date", "datePublished", "pubDate", "publish_date", "published_date", "date_published", "published_at"]],
  ["author", ["author", "byline", "authors"]],
  ["outlet", ["outlet", "sitename", "site_name", "source", "site", "publisher"]],
  ["url", ["url", "link", "canonical_url", "source"]],
];
// a page's address, not a name: "source" is an outlet's name to some scrapers ("Kyiv Ledger", "www.kyivledger.example": the
// site) and its page's address to others ("https://kyivledger.example/news/1")
const PAGE_ADDRESS = /^(?:(?:https?:)?\/\/\S+|[\w-]+(?:\.[\w-]+)+\/\S+)$/i;
// RSS's date as written: "Tue, 11 Mar 2025 10:12:00 GMT" is 11 March 2025 (the day its readers saw, as a page's own)
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})\b/i;

/**
 * A record's fields (front matter's `key: value` lines, a JSON object) → the article's metadata. Names match without
 * regard to case ("pubdate", "PubDate"). A value is taken only where a sidecar's would be valid (a real date, a sane
 * length): what does not fit is left out, not an error, as front matter's other keys are ("tags", "draft").
 * A date keeps its time ("2025-07-09T04:10:00+03:00") when it is ISO, else only its day when it opens with one
 * ("2025-07-09 04:10:00 +0300" → 2025-07-09) or is RSS's ("Tue, 11 Mar 2025 10:12:00 GMT" → 2025-03-11).
 */
export function ownMetaOf(record: Readonly<Record<string, unknown>>): OwnMeta {
  const byName = new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
  const meta: OwnMeta = {};
  for (const [field, names] of NAMES) {
    for (const name of names) {
      const value = textOf(byName.get(name.toLowerCase()));
      if (value === null) continue;
      // (a name a field shares takes only its own kind of value: "source" is a url only as a page's address, an outlet only as a name)
      if (name === "source" && (field === "url") !== PAGE_ADDRESS.test(value)) continue;
      const valid = validField(field, value);
      if (valid !== null) {
        meta[field] = valid;
        break;
      }
    }
  }
  return meta;
}

/**
 * The sidecar with the file's own fields where it leaves one out (absent, null or empty): "a sidecar still wins where it
 * gives a field". The sidecar's own keys are kept as they are.
 */
export function mergeMeta(own: OwnMeta, sidecar: Sidecar | null): Sidecar {
  const merged: Sidecar = { ...sidecar };
  for (const [k, v] of Object.entries(own) as Array<[keyof OwnMeta, string | null | undefined]>) if (v && !merged[k]) merged[k] = v;
  return merged;
}

function validField(field: keyof OwnMeta, value: string): string | null {
  const schema = Sidecar.shape[field];
  if (schema.safeParse(value).success) return value;
  const day = field === "published" ? (/^\d{4}-\d{2}-\d{2}(?=$|[T\s])/.exec(value)?.[0] ?? rfc822Day(value)) : undefined;
  return day && schema.safeParse(day).success ? day : null;
}

function rfc822Day(value: string): string | undefined {
  const m = RFC822.exec(value);
  if (!m) return undefined;
  const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()]!;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

// A string, or what export tools put in its place: a list of authors (["Olena Koval", "Ivan Petrenko"]), schema.org's
// publisher object ({ "@type": "Organization", "name": "Kyiv Ledger" }).
function textOf(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return v.map(textOf).filter((x) => x !== null).join(", ") || null;
  if (v !== null && typeof v === "object" && "name" in v) return textOf((v as { name: unknown }).name);
  return null;
}
