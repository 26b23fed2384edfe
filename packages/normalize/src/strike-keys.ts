import { addDays } from "@salvo/core";

/**
 * The strike keys of events.ts (`kind|attacker|target|end|flag`, the flag "" for a night and "day" for a daytime strike), read
 * alike by the passes that move figures between them.
 */

export const isToll = (metric: string) => metric === "killed" || metric === "injured";
export const isStrikeKey = (k: string) => k.startsWith("strike|");
export const isNightKey = (k: string) => isStrikeKey(k) && k.endsWith("|");
/** The day a dated key's span ends (its fourth field: kind|attacker|target|end|…). */
export const keyEnd = (k: string): string => k.split("|")[3]!;
/** The same strike key on a day `days` away, as a night ("") or a daytime strike ("day"). */
export const strikeKeyAt = (key: string, days: number, flag: string) => {
  const parts = key.split("|");
  parts[3] = addDays(parts[3]!, days);
  parts[4] = flag;
  return parts.join("|");
};
