import { z } from "zod";

/** Who is on which side. `other` is a third country; `unknown` is used for claimants only. */
export const Side = z.enum(["UA", "RU", "other"]);
export type Side = z.infer<typeof Side>;

export const ClaimantSide = z.enum(["UA", "RU", "other", "unknown"]);
export type ClaimantSide = z.infer<typeof ClaimantSide>;

export const Weapon = z.enum(["drone", "missile", "mixed"]);
export type Weapon = z.infer<typeof Weapon>;

/**
 * `neutralized` is a combined shot-down-or-jammed figure, used only when the text gives no split
 * (Ukraine's Air Force often reports "neutralized" without saying how).
 */
export const Metric = z.enum(["launched", "shot_down", "jammed", "neutralized", "hit", "killed", "injured"]);
export type Metric = z.infer<typeof Metric>;

export const Qualifier = z.enum(["exact", "at_least", "at_most", "approx", "vague"]);
export type Qualifier = z.infer<typeof Qualifier>;

/** `strike` is one attack (a night, a day); `aggregate` is a weekly/monthly/yearly total. */
export const EventType = z.enum(["strike", "aggregate"]);
export type EventType = z.infer<typeof EventType>;

export const DatePrecision = z.enum(["day", "night", "week", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const ContactKind = z.enum(["phone_call", "meeting", "talks", "visit"]);
export type ContactKind = z.infer<typeof ContactKind>;

export const SourceStatus = z.enum(["ok", "skipped"]);
export type SourceStatus = z.infer<typeof SourceStatus>;

/** An ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDate>;
