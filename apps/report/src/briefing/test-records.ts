import { Metric, STRIKE_METRIC_COLUMNS } from "@salvo/core";
import type { ClaimRecord, DiplomacyRecord, SourceRecord, StrikeRecord } from "@salvo/core";

/**
 * Record builders for tests and the benchmark: every column filled with an empty default, so a
 * test names only the columns it is about.
 */

const EMPTY_METRICS = Object.fromEntries(
  Metric.options.flatMap((m) => STRIKE_METRIC_COLUMNS.map((c) => [`${m}_${c}`, null])),
) as Pick<StrikeRecord, `${Metric}_${(typeof STRIKE_METRIC_COLUMNS)[number]}`>;

export function strike(fields: Partial<StrikeRecord> & Pick<StrikeRecord, "event_id">): StrikeRecord {
  return {
    event_type: "strike",
    attacker: "RU",
    target_country: "UA",
    weapon: "drone",
    date_start: null,
    date_end: null,
    date_precision: "night",
    places: [],
    ...EMPTY_METRICS,
    disputed: false,
    claim_count: 1,
    source_count: 1,
    article_ids: [],
    first_reported: null,
    last_reported: null,
    ...fields,
  };
}

export function claim(
  fields: Partial<ClaimRecord> & Pick<ClaimRecord, "claim_id" | "event_id" | "article_id" | "metric" | "value_text" | "quote">,
): ClaimRecord {
  return {
    event_type: "strike",
    claimant: null,
    claimant_side: "unknown",
    also_claimed_by: [],
    attacker: "RU",
    target_country: "UA",
    weapon: "drone",
    value: null,
    qualifier: "exact",
    date_start: null,
    date_end: null,
    date_precision: "night",
    places: [],
    quote_start: 0,
    quote_end: fields.quote.length,
    published: null,
    ...fields,
  };
}

export function source(fields: Partial<SourceRecord> & Pick<SourceRecord, "article_id">): SourceRecord {
  return {
    file: `${fields.article_id}.txt`,
    outlet: null,
    url: null,
    published: null,
    published_from: "sidecar",
    headline: null,
    author: null,
    sha256: "0".repeat(64),
    status: "ok",
    reason_code: null,
    reason: null,
    syndicated_of: null,
    claim_count: 0,
    ...fields,
  };
}

export function contact(
  fields: Partial<DiplomacyRecord> & Pick<DiplomacyRecord, "event_id" | "kind" | "date" | "article_id" | "quote">,
): DiplomacyRecord {
  return {
    participants: [],
    place: null,
    source_count: 1,
    article_ids: [fields.article_id],
    quote_start: 0,
    quote_end: fields.quote.length,
    ...fields,
  };
}
