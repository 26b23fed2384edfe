import { Sidecar } from "@salvo/core";

/** The metadata an article file states of itself: Markdown front matter, a JSON Lines record's fields. */
export type OwnMeta = Pick<Sidecar, "published" | "outlet" | "url" | "headline" | "author">;

// The names export tools give each field, tried in this order: Hugo and Jekyll write "title" and "date", WordPress
// exports "link" and "pubDate", schema.org "headline" and "datePublished", scrapers "source", "byline" or "body".
const NAMES: ReadonlyArray<readonly [keyof OwnMeta, readonly string[]]> = [
  ["headline", ["title", "headline"]],
  ["published", ["published", "date", "datePublished", "pubDate"]],
  ["author", ["author", "byline", "authors"]],
  ["outlet", ["outlet", "source", "site", "publisher"]],
  ["url", ["url", "link", "canonical_url"]],
];

/**
 * A record's fields (front matter's `key: value` lines, a JSON object) → the article's metadata. Names match without
 * regard to case ("pubdate", "PubDate"). A value is taken only where a sidecar's would be valid (a real date, a sane
 * length): what does not fit is left out, not an error, as front matter's other keys are ("tags", "draft").
 * A date keeps its time ("2025-07-09T04:10:00+03:00") when it is ISO, else only its day when it opens with one
 * ("2025-07-09 04:10:00 +0300" → 2025-07-09).
 */
export function ownMetaOf(record: Readonly<Record<string, unknown>>): OwnMeta {
  const byName = new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
  const meta: OwnMeta = {};
  for (const [field, names] of NAMES) {
    for (const name of names) {
      const value = textOf(byName.get(name.toLowerCase()));
      if (value === null) continue;
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
  const day = field === "published" ? /^\d{4}-\d{2}-\d{2}(?=$|[T\s])/.exec(value)?.[0] : undefined;
  return day && schema.safeParse(day).success ? day : null;
}

// A string, or what export tools put in its place: a list of authors (["Olena Koval", "Ivan Petrenko"]), schema.org's
// publisher object ({ "@type": "Organization", "name": "Kyiv Ledger" }).
function textOf(v: unknown): string | null {
  if (typeof v === "string") return v.trim() || null;
  if (Array.isArray(v)) return v.map(textOf).filter((x) => x !== null).join(", ") || null;
  if (v !== null && typeof v === "object" && "name" in v) return textOf((v as { name: unknown }).name);
  return null;
}
