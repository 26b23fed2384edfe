import { entryOf } from "./entry-of.ts";
import type { ArticleClaim } from "./extract.ts";
import { NIGHT_COUNTS } from "./lexicon.ts";
import { regionOfCity } from "./places.ts";

/** A count this large is a barrage's, the whole day's or night's across its places ("Russia fired 84 missiles"). */
const BARRAGE_MIN = 10;
/** Sources that must name a place's strike before it stands apart: one report's place may be where someone spoke. */
const SOURCES_MIN = 3;
/** An unplaced figure below this repeats too many strikes' figures ("one person was killed") to tell which it is. */
const TELLING_MIN = 3;

/**
 * The strikes on different places that one day's (or night's) key holds: the Kremenchuk shopping-centre missile and the
 * rocket fire on Kharkiv "on Monday" are two events though both are Russia's strikes on Ukraine that day. Returns the place
 * each claim's strike is known by, or null when the key stays one event: a barrage (a count of BARRAGE_MIN or more, given
 * or not with a place), or fewer than two places whose tolls or hits SOURCES_MIN sources give. Places one sentence names
 * together are one (as are a city and its region, unless a report tells them apart: see `citiesApartFromRegion`), and so are
 * places given the same figure. A claim with no place takes the place its figure is given for elsewhere, else that of the
 * nearest claim of its report that has one.
 */
export function placesApart(claims: readonly ArticleClaim[], sourceOf: (article: string) => string = (a) => a): Map<ArticleClaim, string> | null {
  if (claims.some((c) => NIGHT_COUNTS.has(c.metric) && c.value !== null && c.value >= BARRAGE_MIN)) return null;
  const byArticle = new Map<string, ArticleClaim[]>();
  for (const c of claims) entryOf(byArticle, c.article_id, () => []).push(c);
  if (byArticle.size < 2) return null;
  const apart = citiesApartFromRegion(byArticle.values());
  const places = unionOfPlaces(new Set(apart.keys()));
  for (const c of claims) {
    for (const p of c.places) places.add(p);
    for (const p of c.places.slice(1)) places.join(c.places[0]!, p);
  }
  // (a place only counted at, "two missiles were shot down over the capital", is one a wave passed, or was fired from)
  const isStrikeAt = (c: ArticleClaim) => c.places.length > 0 && !NIGHT_COUNTS.has(c.metric);
  // (a report that tells a city's strike apart from its region's names a strike at each, whatever it counts there: "the
  // Odesa region had been targeted by three Kinzhal missiles")
  const toldAt = new Map<string, Set<string>>();
  for (const [city, reports] of apart) for (const at of [city, regionOfCity(city)!]) for (const a of reports) entryOf(toldAt, places.root(at), () => new Set()).add(sourceOf(a));
  let sources = sourcesByPlace(claims, places.root, sourceOf, isStrikeAt, toldAt);
  if (sources.size < 2) return null;
  // (one figure given at two places is one strike told by either: "a drone hit a fuel tank" in Sevastopol, and by "the
  // Moscow-installed governor")
  const givenAt = new Map<string, string>();
  for (const c of claims) {
    if (c.places.length === 0 || c.value === null || !sources.has(places.root(c.places[0]!))) continue;
    const figure = `${c.metric}|${c.value}`;
    const other = givenAt.get(figure);
    if (other === undefined) givenAt.set(figure, c.places[0]!);
    else places.join(other, c.places[0]!);
  }
  // (only places already in `sources` were joined, so each joined place's sources are those of its parts: merged, not counted anew)
  sources = mergedBy(sources, places.root);
  if (sources.size < 2) return null;
  const own = (c: ArticleClaim): string | null => {
    const at = c.places.length > 0 ? places.root(c.places[0]!) : null;
    return at !== null && sources.has(at) ? at : null;
  };
  const placesOfFigure = new Map<string, Set<string>>();
  for (const c of claims) {
    const at = own(c);
    if (at === null || c.value === null) continue;
    const figure = `${c.metric}|${c.value}`;
    entryOf(placesOfFigure, figure, () => new Set<string>()).add(at);
  }
  // ("The service said 59 people had sought medical help" is Kremenchuk's 59)
  const byFigure = (c: ArticleClaim): string | null => {
    const set = c.value === null || c.value < TELLING_MIN ? undefined : placesOfFigure.get(`${c.metric}|${c.value}`);
    return set?.size === 1 ? [...set][0]! : null;
  };
  const mostTold = [...sources].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]![0];
  return nearestTold(byArticle.values(), (c) => own(c) ?? byFigure(c), mostTold);
}

/**
 * Each claim's place: the one `told` gives it, else that of the nearest claim of its report told before it, else after
 * (a paragraph goes on about the place it opened with), else `fallback`.
 */
export function nearestTold(reports: Iterable<readonly ArticleClaim[]>, told: (c: ArticleClaim) => string | null, fallback: string): Map<ArticleClaim, string> {
  const out = new Map<ArticleClaim, string>();
  for (const report of reports) {
    const list = [...report].sort((a, b) => a.quote_start - b.quote_start);
    const at = list.map(told);
    for (let i = 0; i < list.length; i++) {
      let place = at[i] ?? null;
      for (let k = i - 1; place === null && k >= 0; k--) place = at[k] ?? null;
      for (let k = i + 1; place === null && k < list.length; k++) place = at[k] ?? null;
      out.set(list[i]!, place ?? fallback);
    }
  }
  return out;
}

/** The places that SOURCES_MIN sources name a strike at (by `root`; `toldAt` gives some already), each with those sources. */
function sourcesByPlace(
  claims: readonly ArticleClaim[],
  root: (p: string) => string,
  sourceOf: (article: string) => string,
  isStrikeAt: (c: ArticleClaim) => boolean,
  toldAt: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, Set<string>> {
  const sources = new Map<string, Set<string>>([...toldAt].map(([at, set]) => [at, new Set(set)]));
  for (const c of claims) {
    if (!isStrikeAt(c)) continue;
    const at = root(c.places[0]!);
    entryOf(sources, at, () => new Set<string>()).add(sourceOf(c.article_id));
  }
  for (const [at, set] of sources) if (set.size < SOURCES_MIN) sources.delete(at);
  return sources;
}

/** `sources` by the place each of its places is now one with (`root`), the sources of places joined into one merged. */
function mergedBy(sources: ReadonlyMap<string, ReadonlySet<string>>, root: (p: string) => string): Map<string, Set<string>> {
  const merged = new Map<string, Set<string>>();
  for (const [at, set] of sources) {
    const into = entryOf(merged, root(at), () => new Set<string>());
    for (const source of set) into.add(source);
  }
  return merged;
}

/**
 * The cities that a report tells apart from their region, each with the reports that do: one gives a figure at the city and a smaller one of the same metric
 * at the region, each in a sentence of its own ("Russia fired seven missiles at Odesa late on Monday" and "Earlier on Monday
 * the Odesa region had been targeted by three Kinzhal missiles"). A region's figure below its city's is no total of the region
 * that counts the city in: it is another strike there. ("Three people were killed in Kharkiv … five across the Kharkiv region"
 * is the region's total, and keeps the two one.)
 */
export function citiesApartFromRegion(reports: Iterable<readonly ArticleClaim[]>): Map<string, Set<string>> {
  const apart = new Map<string, Set<string>>();
  for (const claims of reports) {
    const at = new Map<string, Map<string, number[]>>(); // place → metric → values given there alone
    for (const c of claims) {
      if (c.value === null || c.part || c.places.length === 0) continue;
      const place = c.places[0]!;
      const region = regionOfCity(place);
      // (a sentence that names both tells no strike apart: "in Odesa and across the Odesa region")
      if (c.places.some((p) => p !== place && (p === region || regionOfCity(p) === place))) continue;
      // (nor a figure placed only by who gave it: "The Kharkiv region's governor had earlier put the toll at three" is the city's
      // toll as it stood, not a strike elsewhere in the region)
      if (c.claimant && namings(c.quote, place) <= namings(c.claimant, place)) continue;
      entryOf(entryOf(at, place, () => new Map()), c.metric, () => []).push(c.value);
    }
    for (const [city, metrics] of at) {
      const region = regionOfCity(city);
      const there = region === null ? undefined : at.get(region);
      if (!there) continue;
      if ([...metrics].some(([metric, values]) => (there.get(metric) ?? []).some((r) => values.some((v) => r < v)))) entryOf(apart, city, () => new Set()).add(claims[0]!.article_id);
    }
  }
  return apart;
}

/** How many times `text` names `place`, in any case. */
function namings(text: string, place: string): number {
  return text.toLowerCase().split(place.toLowerCase()).length - 1;
}

/** Places joined into one when named together; a city is one with its region ("Odesa" and "the Odesa region"), but for `apart`. */
export function unionOfPlaces(apart: ReadonlySet<string> = new Set()) {
  const parent = new Map<string, string>();
  const root = (p: string): string => {
    let r = p;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const join = (a: string, b: string) => {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const add = (p: string) => {
    if (parent.has(p)) return;
    parent.set(p, p);
    const region = regionOfCity(p);
    if (region && !apart.has(p)) {
      add(region);
      join(p, region);
    }
  };
  return { add, join, root };
}
