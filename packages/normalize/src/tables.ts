import type { Metric, Weapon } from "@salvo/core";
import { combined, matchCue } from "./cues.ts";
import { namedWeapon, type RawFigure, readFigures } from "./figures.ts";
import { INTERCEPTIONS, WEAPON_CUES } from "./lexicon.ts";
import { findQuantities, type Quantity } from "./quantities.ts";
import { STARTS_UPPER, type Token, tokenize } from "./tokens.ts";

/** What the numbers of one table column count. */
export interface TableColumn {
  readonly metric: Metric;
  /** Null when the rows name the weapon ("Type | Launched | Shot down", then "Kalibr cruise missiles | 27 | 26"). */
  readonly weapon: Weapon | null;
}

const TOTAL_COLUMN = /^\s*(?:total|in total|combined|air targets)\s*$/i;
const TOTAL_ROW = /^(?:\**\s*)(?:total|in total|overall|combined|altogether|all)(?:\s*\**)\s*:?$/i;
const CASUALTY_COLUMN = /^\s*(killed|dead|deaths|fatalities|injured|wounded|injuries|hurt)\s*$/i;

/**
 * A fact-box table's header, "Night of | Missiles launched | Drones launched | Missiles downed":
 * per cell, the metric and weapon its numbers count (null for a label or text column). Null when
 * the line is not such a header (fewer than three cells, a number in it, or no counted column).
 */
export function tableHeader(text: string): Array<TableColumn | null> | null {
  const cells = text.split("|");
  if (cells.length < 3 || /\d/.test(text)) return null;
  const columns = cells.map((cell): TableColumn | null => {
    // "Region | Killed | Injured | What was hit": a column of a toll
    const toll = CASUALTY_COLUMN.exec(cell);
    if (toll) return { metric: /^(?:killed|dead|deaths|fatalities)$/i.test(toll[1]!) ? "killed" : "injured", weapon: null };
    const tokens = tokenize(cell, 0);
    let weapon: Weapon | null = null;
    let metric: Metric | null = null;
    tokens.forEach((_, i) => {
      weapon ??= namedWeapon(tokens, i) ?? null;
      const cue = matchCue(tokens, i, WEAPON_CUES);
      if (cue) metric ??= combined(tokens, i, cue);
    });
    // "Drones | Missiles | Drones stopped": a column that names only a weapon counts what came
    if (!metric && weapon) metric = "launched";
    return metric ? { metric, weapon } : null;
  });
  // "Date | Drones | Missiles | Total": the total of the columns beside it, when they all count one thing of
  // weapons ("Region | Killed | Total" adds the injured, which have no column), of both kinds or of one
  const counted = columns.filter((c): c is TableColumn => c !== null);
  const metric = counted[0]?.metric;
  if (counted.length >= 2 && metric !== "killed" && metric !== "injured" && counted.every((c) => c.metric === metric && c.weapon !== null)) {
    const weapons = new Set(counted.map((c) => c.weapon));
    const weapon: Weapon = weapons.size === 1 ? counted[0]!.weapon! : "mixed";
    cells.forEach((cell, i) => {
      if (columns[i] === null && TOTAL_COLUMN.test(cell)) columns[i] = { metric: metric!, weapon };
    });
  }
  // "Date | Drones | Missiles | Shot down": a fate's column that names no weapon counts those of the columns beside it
  const named = new Set(columns.flatMap((c) => (c?.weapon ? [c.weapon] : [])));
  if (named.size > 0) {
    columns.forEach((c, i) => {
      if (c && c.weapon === null && c.metric !== "killed" && c.metric !== "injured") columns[i] = { ...c, weapon: named.size === 1 ? [...named][0]! : "mixed" };
    });
  }
  // a header names what at least one of its columns counts, and whose weapons (its own, or its rows')
  return columns.some((c) => c?.weapon) || (columns[0] === null && columns.some((c) => c !== null)) ? columns : null;
}

/**
 * The figures of a table row under `columns` ("21-22 March | 88 | 63 | 37 | 55 | …"): the amount in
 * each counted cell ("n/a" and empty cells give none). Null when the row does not have the header's cells.
 */
export function tableRow(text: string, tokens: readonly Token[], offset: number, columns: ReadonlyArray<TableColumn | null>, rowsBefore: ReadonlySet<Weapon> = new Set()): RawFigure[] | null {
  const bars = [...text.matchAll(/\|/g)].map((m) => offset + m.index);
  if (bars.length !== columns.length - 1) return null;
  const out: RawFigure[] = [];
  const quantities = findQuantities(tokens);
  // a row that names its weapon: "Kalibr cruise missiles | 27 | 26"
  const labelEnd = bars[0] ?? Infinity;
  const rowWeapon = tokens.map((t, i) => (t.end <= labelEnd ? namedWeapon(tokens, i) : undefined)).find((w) => w !== undefined) ?? null;
  // (the row's first cell with text: a leading bar leaves an empty one)
  const label = text.split("|").map((c) => c.trim()).find((c) => c !== "") ?? "";
  // ("Total | 236 | 201" under rows of missiles and drones: the sum of the weapons the rows above named)
  const totalWeapon = !rowWeapon && TOTAL_ROW.test(label) && rowsBefore.size > 0 ? (rowsBefore.size === 1 ? [...rowsBefore][0]! : "mixed") : null;
  const periodLabel = /^(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?:19|20)\d\d)?|q[1-4])$/i.test(label);
  // (the row's label: its first cell with text, which names the night or the weapon, not a clause)
  const labelAt = text.split("|").findIndex((c) => c.trim() !== "");
  columns.forEach((column, i) => {
    const from = bars[i - 1] ?? offset;
    const to = bars[i] ?? Infinity;
    // a cell of a column that counts nothing is read as the words it is: "Two people injured in the Izmail district (Oleh
    // Kiper)" under "Casualties", "about 15 hits on energy facilities" under "What was hit"
    if (!column) {
      if (i > labelAt) out.push(...(breakdownInCell(tokens, quantities, from, to, out) ?? clauseInCell(tokens, from, to)));
      return;
    }
    const casualty = column.metric === "killed" || column.metric === "injured";
    const weapon = column.weapon ?? rowWeapon ?? totalWeapon;
    // ("2023 | 600 | 1,200": a year's or a month's toll is a total, not one attack's)
    if (casualty && periodLabel) return;
    // a cell that names its weapons: "Launched" over "352 drones, 16 missiles"; "211 drones, 38 missiles shot down;
    // 225 drones lost to EW" under "Shot down / suppressed" (a cue in the cell beats the column's)
    if (!weapon && !casualty) {
      const named = namedInCell(tokens, quantities, from, to, column.metric);
      const bare = named.length > 0 ? [] : bareFate(tokens, quantities, from, to, column.metric, out);
      // (and one that says more, as its words: "about 15 hits on energy facilities in Kharkiv" under "What was hit")
      out.push(...(named.length > 0 ? named : bare.length > 0 ? bare : clauseInCell(tokens, from, to)));
      return;
    }
    const q = quantitiesIn(tokens, quantities, from, to).find((x) => x.value !== null && !x.article); // "n/a" is no amount
    if (!q) return;
    out.push({
      metric: column.metric,
      weapon: casualty ? null : weapon,
      value: q.value,
      valueStart: tokens[q.first]!.start,
      valueEnd: tokens[q.last]!.end,
      qualifier: q.qualifier,
      first: q.first,
      last: q.last,
      nationality: null,
      part: false,
    });
  });
  return out;
}

/** The amounts wholly within a cell, between the bars at `from` and `to`. */
function quantitiesIn(tokens: readonly Token[], quantities: readonly Quantity[], from: number, to: number): Quantity[] {
  return quantities.filter((q) => tokens[q.first]!.start > from && tokens[q.last]!.end <= to);
}

// what "over the" or "above the" measures against or spans, not where: "above the average", "over the previous night", "over
// the past week"
const NOT_A_PLACE = /^(?:average|norm|usual|previous|past|last|next|first|same|course|weekend|night|day|week|month|year|period|limit|level|threshold|total|number|figure|rest|record)$/;

/** Whether "over" or "above" at `j` opens a place: "over the Kursk region", "above Belgorod". */
function overPlace(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.norm !== "over" && tokens[j]?.norm !== "above") return false;
  return tokens[j + 1]?.norm === "the" ? !NOT_A_PLACE.test(tokens[j + 2]?.norm ?? "") : STARTS_UPPER.test(tokens[j + 1]?.text ?? "");
}

/**
 * A cell of words beside a fate the row counted that splits it by place, "37 drones over the Kursk region, 37 over the
 * Voronezh region" or "14 of the drones and all four missiles over the Kursk region" under "Regional detail" beside "117
 * drones" destroyed: parts of that fate, of the row's weapon where the cell names none. A weapon's whole count told again,
 * "all four missiles" beside "four Tochka-U missiles", is no part. Null when the cell is no such split (no amount before
 * "over" or "above" a place), or the row counted no interception before it.
 */
function breakdownInCell(tokens: readonly Token[], quantities: readonly Quantity[], from: number, to: number, row: readonly RawFigure[]): RawFigure[] | null {
  const downed = row.filter((f) => INTERCEPTIONS.has(f.metric) && f.weapon !== null && !f.part);
  const fate = downed[0]?.metric;
  if (!fate || downed.some((f) => f.metric !== fate)) return null;
  const inCell = quantitiesIn(tokens, quantities, from, to);
  // (the place within a few words of its amount: "37 over the", "14 of the drones and all four missiles over the")
  const split = inCell.some((q) => {
    for (let j = q.last + 1; j <= q.last + 8 && j < tokens.length && tokens[j]!.end <= to; j++) if (overPlace(tokens, j)) return true;
    return false;
  });
  if (!split) return null;
  const weapons = new Set(downed.map((f) => f.weapon));
  const parts = clauseInCell(tokens, from, to, weapons.size === 1 ? downed[0]!.weapon : null, fate);
  return parts.filter((f) => !(tokens[f.first - 1]?.norm === "all" && downed.some((d) => d.weapon === f.weapon && d.value === f.value))).map((f) => ({ ...f, part: true }));
}

/** The figures a cell's words count, read as a clause of their own (token indices are the row's). */
function clauseInCell(tokens: readonly Token[], from: number, to: number, antecedent: Weapon | null = null, partsOf: Metric | null = null): RawFigure[] {
  const first = tokens.findIndex((t) => t.start > from);
  if (first < 0) return [];
  let end = first;
  while (end < tokens.length && tokens[end]!.end <= to) end++;
  if (end === first) return [];
  return readFigures(tokens.slice(first, end), antecedent, partsOf).map((f) => ({ ...f, first: f.first + first, last: f.last + first }));
}

/**
 * A fate column's cell that is a bare amount, "23" or "23 (Air Force)" under "What was shot down" beside "32 Shahed drones"
 * launched: the fate of the weapons the row counted as launched (of both kinds, "mixed", when it counted two). None when
 * the cell says more than its amount and a source, or the row counted no launch before it.
 */
function bareFate(tokens: readonly Token[], quantities: readonly Quantity[], from: number, to: number, metric: Metric, row: readonly RawFigure[]): RawFigure[] {
  if (metric === "launched" || metric === "killed" || metric === "injured") return [];
  const inCell = quantitiesIn(tokens, quantities, from, to);
  const q = inCell[0];
  if (inCell.length !== 1 || q!.value === null || q!.article) return [];
  // (the rest of the cell is only a bracketed source, "23 (Air Force)", or "all" before it)
  let depth = 0;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.start <= from || t.end > to || (j >= q!.first && j <= q!.last)) continue;
    if (j === q!.first - 1 && t.norm === "all") continue; // "all 9": all of them
    if (t.norm === "(") depth++;
    else if (t.norm === ")") depth--;
    else if (depth === 0) return [];
  }
  const launched = new Set(row.flatMap((f) => (f.metric === "launched" && f.weapon && !f.part ? [f.weapon] : [])));
  if (launched.size === 0) return [];
  const weapon: Weapon = launched.size === 1 ? [...launched][0]! : "mixed";
  return [{ metric, weapon, value: q!.value, valueStart: tokens[q!.first]!.start, valueEnd: tokens[q!.last]!.end, qualifier: q!.qualifier, first: q!.first, last: q!.last, nationality: null, part: false }];
}

function namedInCell(tokens: readonly Token[], quantities: readonly Quantity[], from: number, to: number, metric: Metric): RawFigure[] {
  // (not the total after "of" in "249 of 477 drones")
  const inCell = quantitiesIn(tokens, quantities, from, to).filter((x) => x.value !== null && !x.article && !(tokens[x.first - 1]?.norm === "of" && tokens[x.first - 2]?.kind === "number"));
  return inCell.flatMap((q, k) => {
    // its noun right after it ("352 drones", "16 Kh-101 missiles")
    let weapon: Weapon | undefined;
    for (let j = q.last + 1; j <= q.last + 3 && j < tokens.length && tokens[j]!.end <= to && !weapon; j++) weapon = namedWeapon(tokens, j);
    if (!weapon) return [];
    const next = inCell[k + 1] ? inCell[k + 1]!.first : tokens.length;
    let own: Metric | null = null;
    for (let j = q.last + 1; j < next && tokens[j]!.end <= to && !own; j++) {
      const cue = matchCue(tokens, j, WEAPON_CUES);
      if (cue) own = combined(tokens, j, cue);
    }
    // (a cue for the list's last item names the whole list's fate: "211 drones, 38 missiles shot down")
    if (!own) {
      for (let j = q.last + 1; j < tokens.length && tokens[j]!.end <= to; j++) {
        if (tokens[j]!.norm === ";") break;
        const cue = matchCue(tokens, j, WEAPON_CUES);
        if (cue) {
          own = combined(tokens, j, cue);
          break;
        }
      }
    }
    // ("477 drones (incl. 200 decoys)": a part of the count before it)
    const part = tokens.slice(Math.max(0, q.first - 2), q.first).some((t) => /^(?:incl|including|among)$/.test(t.norm));
    return [{ metric: own ?? metric, weapon, value: q.value, valueStart: tokens[q.first]!.start, valueEnd: tokens[q.last]!.end, qualifier: q.qualifier, first: q.first, last: q.last, nationality: null, part }];
  });
}

/**
 * A list intro that names two counts per item, "the following weapons during the week (launched /
 * destroyed):": the metrics of the first and second number of each item's "36 / 34".
 */
export function slashHeader(text: string): readonly [Metric, Metric] | null {
  const m = /\(\s*([^()/]{3,30}?)\s*\/\s*([^()/]{3,30}?)\s*\)\s*:\s*$/.exec(text);
  if (!m) return null;
  const metricOf = (words: string): Metric | null => {
    const tokens = tokenize(words, 0);
    for (let i = 0; i < tokens.length; i++) {
      const cue = matchCue(tokens, i, WEAPON_CUES);
      if (cue) return combined(tokens, i, cue);
    }
    return null;
  };
  const [a, b] = [metricOf(m[1]!), metricOf(m[2]!)];
  return a && b && a !== b ? [a, b] : null;
}

/** An item under a `slashHeader`, "- Kh-101/Kh-555 strategic cruise missiles - 36 / 34;": both counts, for the weapon the item names. */
export function slashRow(text: string, tokens: readonly Token[], offset: number, metrics: readonly [Metric, Metric]): RawFigure[] | null {
  const m = /[-–—:]\s*(\d[\d,]*)\s*\/\s*(\d[\d,]*)\s*[;.]?\s*$/.exec(text);
  if (!m) return null;
  const weapon = tokens.map((_, i) => namedWeapon(tokens, i)).find((w) => w !== undefined);
  if (!weapon) return null;
  const starts = [offset + m.index + m[0].indexOf(m[1]!), offset + m.index + m[0].lastIndexOf(m[2]!)];
  const at = starts.map((start) => tokens.findIndex((t) => t.start === start));
  if (at.some((i) => i < 0)) return null; // the numbers are not tokens of their own
  return [m[1]!, m[2]!].map((digits, k): RawFigure => {
    return {
      metric: metrics[k]!,
      weapon,
      value: Number(digits.replace(/,/g, "")),
      valueStart: starts[k]!,
      valueEnd: starts[k]! + digits.length,
      qualifier: "exact",
      first: at[k]!,
      last: at[k]!,
      nationality: null,
      part: false,
    };
  });
}

// "– Kh-101/Kh-555/Kh-55 cruise missiles – 90 (destroyed 87);", "Kh-47M2 Kinzhal missiles – 10 (10 destroyed);":
// a line of Ukraine's Air Force list, the weapon, what came and, in brackets, how many were stopped
const FATE = "destroyed|shot\\s+down|downed|intercepted|neutrali[sz]ed|suppressed";
const AIR_FORCE_ROW = new RegExp(
  `^[-–—•*·\\s]*([^()]{3,90}?)\\s+[–—-]\\s+(\\d[\\d,]*)\\s*(?:\\(\\s*(?:(${FATE})\\s+(\\d[\\d,]*)|(\\d[\\d,]*)\\s+(${FATE}))\\s*\\))?\\s*[;.,]?\\s*$`,
  "i",
);

/** The figures of one such line: launched, and shot down (or neutralized) when the brackets say; null when the line is not one. */
export function airForceRow(text: string, tokens: readonly Token[], offset: number): RawFigure[] | null {
  const m = AIR_FORCE_ROW.exec(text);
  if (!m || !m[3] && !m[6]) return null; // a line without the brackets is read as a list item already
  const labelEnd = offset + m[0].indexOf(m[1]!) + m[1]!.length;
  const weapon = tokens.map((t, i) => (t.end <= labelEnd ? namedWeapon(tokens, i) : undefined)).find((w) => w !== undefined && w !== "mixed");
  if (!weapon) return null;
  const fate = (m[3] ?? m[6]!).toLowerCase();
  const stopped: Metric = /neutrali|suppress/.test(fate) ? "neutralized" : "shot_down";
  // the two amounts are the line's numbers after its label, in order
  const amounts = tokens.flatMap((t, i) => (t.start >= labelEnd && t.kind === "number" ? [i] : []));
  if (amounts.length !== 2) return null;
  return ([[amounts[0]!, "launched"], [amounts[1]!, stopped]] as const).map(([at, metric]): RawFigure => {
    const t = tokens[at]!;
    return { metric, weapon, value: Number(t.text.replace(/,/g, "")), valueStart: t.start, valueEnd: t.end, qualifier: "exact", first: at, last: at, nationality: null, part: false };
  });
}

// "Night | Where | What Russia said it downed | Source": a column that names whose each row's figures are
const SOURCE_COLUMN = /^\s*(?:sources?|claimed by|according to|reported by)\s*$/i;

/** The index (in `line.split("|")`) of a table header's column of sources; null when it has none. */
export function sourceColumn(header: string): number | null {
  const at = header.split("|").findIndex((cell) => SOURCE_COLUMN.test(cell.replace(/\*/g, "")));
  return at >= 0 ? at : null;
}
