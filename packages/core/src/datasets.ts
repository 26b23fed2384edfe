import { z } from "zod";
import {
  ClaimantSide,
  ContactKind,
  DatePrecision,
  EventType,
  IsoDate,
  Metric,
  Qualifier,
  Side,
  SourceStatus,
  Weapon,
} from "./enums.ts";

/**
 * The dataset contracts. Each schema is one CSV file: its keys are the columns in order, its
 * `.describe()` texts are the data dictionary. Lists are arrays here and `; `-joined in CSV.
 */
const id = (what: string) => z.string().min(1).describe(what);
const date = (what: string) => IsoDate.nullable().describe(`${what} (YYYY-MM-DD; empty when unknown)`);
const count = (what: string) => z.number().int().nonnegative().nullable().describe(what);

export const ClaimRecord = z.object({
  claim_id: id("Stable id of this figure, derived from article, metric, value and quote offsets."),
  event_id: id("The deduplicated event this figure belongs to (strikes.csv event_id)."),
  event_type: EventType.describe("strike: one attack; aggregate: a weekly/monthly/yearly total."),
  article_id: id("The article (sources.csv article_id) the figure was read from."),
  claimant: z.string().nullable().describe("Who the text says states the figure, as named; empty when the text names no one."),
  claimant_side: ClaimantSide.describe("Side of the claimant: UA, RU, other (third country or body) or unknown."),
  also_claimed_by: z
    .array(z.string())
    .describe("Other sources of the same side the article names for the same figure of the same event (one row per figure; the quote is the first source's)."),
  attacker: Side.describe("Side that carried out the attack."),
  target_country: Side.describe("Country attacked."),
  weapon: Weapon.describe("drone, missile, or mixed (the figure counts both)."),
  metric: Metric.describe(
    "launched | shot_down | jammed (lost to electronic warfare) | neutralized (shot down or jammed, no split given) | hit | killed | injured.",
  ),
  value: count("The figure as an integer; empty when the text gives words only (\"dozens\")."),
  value_text: z.string().min(1).describe("The figure as written, with its hedge: \"at least 111\", \"dozens\"."),
  qualifier: Qualifier.describe("exact | at_least | at_most | approx | vague."),
  date_start: date("First day of the attack"),
  date_end: date("Last day of the attack (a night attack spans two days)"),
  date_precision: DatePrecision.nullable().describe("day | night | week | month | year; empty when the date is unknown."),
  places: z.array(z.string()).describe("Places named for this figure, normalized to one English spelling."),
  quote: z.string().min(1).describe("The exact text of the article between quote_start and quote_end; contains the figure."),
  quote_start: z.number().int().nonnegative().describe("Start offset of the quote (JS string index into the decoded article text)."),
  quote_end: z.number().int().positive().describe("End offset of the quote (exclusive)."),
  published: date("Publication date of the article"),
});
export type ClaimRecord = z.infer<typeof ClaimRecord>;

/** Per-metric columns of strikes.csv, in this order for each metric. */
export const STRIKE_METRIC_COLUMNS = ["ua", "ru", "other", "best", "low", "high"] as const;

const strikeMetricShape = Object.fromEntries(
  Metric.options.flatMap((m) =>
    STRIKE_METRIC_COLUMNS.map((c) => {
      const what =
        c === "best"
          ? m === "killed" || m === "injured"
            ? `Best estimate of ${m}: the most recent figure from any claimant but the attacker (tolls are revised upward; on the same day the larger, unless the other takes it back: "6 killed, not 8 as reported earlier"); the attacker's only when no one else gives one.`
            : `Best estimate of ${m}: the attacked side's fullest count, its largest (it counts what reached its airspace; counts grow as reports come in, and a smaller one is a part, a region's or an early one); else a third party's, else the other side's.`
          : c === "low" || c === "high"
            ? `${c === "low" ? "Lowest" : "Highest"} numeric ${m} figure any claimant gives${m === "killed" || m === "injured" ? "" : " for the best estimate's weapon (drones, missiles, or both counted together; the other kinds' figures are in claims.csv)"}.`
            : `${m} as claimed by the ${c === "other" ? "third-party/unknown" : c.toUpperCase()} side (${m === "killed" || m === "injured" ? "its latest figure" : "its fullest count, for the best estimate's weapon"}).`;
      return [`${m}_${c}`, count(what)];
    }),
  ),
) as Record<`${Metric}_${(typeof STRIKE_METRIC_COLUMNS)[number]}`, ReturnType<typeof count>>;

export const StrikeRecord = z.object({
  event_id: id("Stable id of the deduplicated strike event."),
  event_type: EventType.describe("strike or aggregate."),
  attacker: Side.describe("Side that carried out the attack."),
  target_country: Side.describe("Country attacked."),
  weapon: Weapon.describe("drone, missile or mixed."),
  date_start: date("First day of the attack"),
  date_end: date("Last day of the attack"),
  date_precision: DatePrecision.nullable().describe("day | night | week | month | year."),
  places: z.array(z.string()).describe("Places named across all reports."),
  ...strikeMetricShape,
  disputed: z.boolean().describe("true when two claimants give different numbers for the same metric."),
  claim_count: z.number().int().positive().describe("Number of claims.csv rows in this event."),
  source_count: z.number().int().positive().describe("Distinct sources (syndicated copies count once)."),
  article_ids: z.array(z.string()).describe("Articles reporting the event."),
  first_reported: date("Earliest publication date among the reports"),
  last_reported: date("Latest publication date among the reports"),
});
export type StrikeRecord = z.infer<typeof StrikeRecord>;

export const DiplomacyRecord = z.object({
  event_id: id("Stable id of the diplomatic contact."),
  kind: ContactKind.describe("phone_call | meeting | talks | visit."),
  date: date("Day of the contact"),
  participants: z.array(z.string()).describe("Named participants, canonical spelling, sorted."),
  place: z.string().nullable().describe("Where it took place, when the text says."),
  source_count: z.number().int().positive().describe("Distinct sources reporting the contact."),
  article_ids: z.array(z.string()).describe("Articles reporting the contact."),
  article_id: id("Article of the quote."),
  quote: z.string().min(1).describe("Evidence: the sentence part naming the contact."),
  quote_start: z.number().int().nonnegative().describe("Start offset of the quote in that article."),
  quote_end: z.number().int().positive().describe("End offset of the quote (exclusive)."),
});
export type DiplomacyRecord = z.infer<typeof DiplomacyRecord>;

export const SourceRecord = z.object({
  article_id: id("File name without extension; for a record of a JSON Lines file, that and the record's id field, else a digest of its line (feed#kl-0710)."),
  file: id("Path relative to the input folder; for a record of a JSON Lines file, the path and the line number (feed.jsonl:12)."),
  outlet: z.string().nullable().describe("Outlet, from the sidecar, else Markdown front matter or a JSON Lines record's field."),
  url: z.string().nullable().describe("URL, from the sidecar, else Markdown front matter or a JSON Lines record's field."),
  published: date("Publication date (sidecar, else the file's own metadata, else found in the text)"),
  published_from: z.enum(["sidecar", "page", "text", "latest-date"]).nullable().describe("Where the publication date came from: the sidecar, page: the file's own metadata (a saved page's meta tags or JSON-LD, Markdown front matter, a JSON Lines record's field), the text's own lines, or latest-date: an estimate, the latest full date the text writes."),
  headline: z.string().nullable().describe("Headline (sidecar, else the file's own metadata, else found in the text)."),
  author: z.string().nullable().describe("Byline, when found."),
  sha256: z.string().describe("SHA-256 of the file bytes (of a JSON Lines record: of its line, UTF-8)."),
  status: SourceStatus.describe("ok or skipped."),
  reason_code: z.string().nullable().describe("Stable error code when skipped (see README)."),
  reason: z.string().nullable().describe("Why the file was skipped."),
  syndicated_of: z.string().nullable().describe("article_id of the earlier copy when this article republishes the same text."),
  claim_count: z.number().int().nonnegative().describe("Figures read from this article."),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export const EventRecord = z.object({
  event_id: id("The strike's (strikes.csv) or the contact's (diplomacy.csv) event_id."),
  kind: z.enum(["strike", "aggregate", ...ContactKind.options]).describe("strike | aggregate | phone_call | meeting | talks | visit."),
  date_start: date("First day"),
  date_end: date("Last day"),
  date_precision: DatePrecision.nullable().describe("day | night | week | month | year."),
  attacker: Side.nullable().describe("Strikes: the side that attacked; empty for diplomacy."),
  target_country: Side.nullable().describe("Strikes: the country attacked; empty for diplomacy."),
  participants: z.array(z.string()).describe("Diplomacy: who took part; empty for strikes."),
  places: z.array(z.string()).describe("Places named."),
  summary: z.string().min(1).describe("One line for a timeline: the best figures with the side that gives them, or the contact and its participants."),
  source_count: z.number().int().positive().describe("Distinct sources reporting the event."),
});
export type EventRecord = z.infer<typeof EventRecord>;

export const DATASETS = {
  claims: ClaimRecord,
  strikes: StrikeRecord,
  diplomacy: DiplomacyRecord,
  events: EventRecord,
  sources: SourceRecord,
} as const;
export type DatasetName = keyof typeof DATASETS;
