import { parse } from "csv-parse/sync";

/**
 * Checks that claims.csv can be trusted against the articles it was read from: every quote is the
 * article's text at its offsets, every quote holds its figure, values and qualifiers agree, and
 * every id points at a row of strikes.csv / sources.csv. Works on the CSV text as shipped, so it
 * checks what a reader downloads, not the pipeline's in-memory rows.
 */

type Row = Record<string, string>;

// csv-stringify's `escape_formulas` prefixes these first characters with `'` (node-csv stringify
// source, "CSV injection"); the quote in the file is then `'` + the article text.
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);

/** The cell as the pipeline meant it: without the `'` that keeps spreadsheets from running it. */
export function unescapeFormula(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.has(cell[1]!) ? cell.slice(1) : cell;
}

function readCsv(name: string, text: string, problems: string[]): Row[] {
  try {
    return parse(text, { columns: true, skip_empty_lines: true }) as Row[];
  } catch (e) {
    problems.push(`${name}: not valid CSV (${e instanceof Error ? e.message : String(e)})`);
    return [];
  }
}

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for 0..999: "twenty-one", "two hundred and fifty" (and the variants without "and"/hyphen). */
function wordsUnder1000(n: number): string[] {
  if (n < 20) return [ONES[n]!];
  if (n < 100) {
    const t = TENS[Math.floor(n / 10)]!;
    return n % 10 === 0 ? [t] : [`${t}-${ONES[n % 10]}`, `${t} ${ONES[n % 10]}`];
  }
  const h = Math.floor(n / 100);
  const heads = h === 1 ? ["one hundred", "a hundred"] : [`${ONES[h]} hundred`];
  if (n % 100 === 0) return heads;
  return heads.flatMap((head) => wordsUnder1000(n % 100).flatMap((rest) => [`${head} and ${rest}`, `${head} ${rest}`]));
}

/** Ways a text may write the integer n: digits with or without thousands separators, words, "1.2 million". */
export function figurePatterns(n: number): RegExp[] {
  const digits = String(n);
  const groups = digits.replace(/\B(?=(\d{3})+(?!\d))/g, "|").split("|");
  // Digits must not be part of a longer number ("34" in "340" or "1,340", "5" in "1.5").
  const grouped = groups.join("[,.\\u00a0\\u202f\\u2009 ]?");
  const out = [new RegExp(`(?<![\\d.,])${grouped}(?!\\d|[.,]\\d)`)];
  if (n < 1000) for (const w of wordsUnder1000(n)) out.push(new RegExp(`\\b${w}\\b`, "i"));
  for (const [scale, word] of [[1e6, "million"], [1e3, "thousand"]] as const) {
    if (n >= scale && n % (scale / 10) === 0) {
      const short = String(n / scale);
      out.push(new RegExp(`(?<![\\d.,])${short.replace(".", "[.,]")}\\s*${word}\\b`, "i"));
      if (Number.isInteger(n / scale) && n / scale < 1000) for (const w of wordsUnder1000(n / scale)) out.push(new RegExp(`\\b${w} ${word}\\b`, "i"));
    }
  }
  return out;
}

const short = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);

export function validateEvidence(files: { claims: string; sources: string; strikes: string }, articleText: (articleId: string) => string | null): string[] {
  const problems: string[] = [];
  const claims = readCsv("claims.csv", files.claims, problems);
  const eventIds = new Set(readCsv("strikes.csv", files.strikes, problems).map((r) => r.event_id));
  const articleIds = new Set(readCsv("sources.csv", files.sources, problems).map((r) => r.article_id));

  claims.forEach((row, i) => {
    const where = `claims.csv record ${i + 1} (${row.claim_id ?? "no claim_id"})`;
    const say = (what: string) => problems.push(`${where}: ${what}`);
    const quote = unescapeFormula(row.quote ?? "");
    const valueText = unescapeFormula(row.value_text ?? "");
    const value = row.value ?? "";

    if (!eventIds.has(row.event_id ?? "")) say(`event_id ${short(row.event_id ?? "")} is not in strikes.csv`);
    if (!articleIds.has(row.article_id ?? "")) say(`article_id ${short(row.article_id ?? "")} is not in sources.csv`);

    const isInt = /^(0|[1-9]\d*)$/.test(value);
    if (value !== "" && !isInt) say(`value ${short(value)} is not an integer`);
    const vague = row.qualifier === "vague";
    if (vague && value !== "") say(`value ${value} is given but the qualifier is vague`);
    if (!vague && value === "") say(`value is empty but the qualifier is ${short(row.qualifier ?? "")}, not vague`);

    const [start, end] = [row.quote_start ?? "", row.quote_end ?? ""];
    const text = articleText(row.article_id ?? "");
    if (!/^\d+$/.test(start) || !/^\d+$/.test(end) || Number(start) >= Number(end)) say(`quote offsets [${start}, ${end}) are not a range`);
    else if (text === null) say(`no article text for ${short(row.article_id ?? "")}`);
    else {
      const atOffsets = text.slice(Number(start), Number(end));
      // A quote that really starts with `'=` is ambiguous with the formula escape: accept either reading.
      if (atOffsets !== quote && atOffsets !== row.quote) say(`quote ${short(quote)} is not the article text at [${start}, ${end}): ${short(atOffsets)}`);
    }

    // The value itself must be in the quote (digits or words): value_text alone could vouch for a
    // wrong value, e.g. value 0 read from the "00" of "09:00".
    if (valueText === "" || !quote.toLowerCase().includes(valueText.toLowerCase())) say(`quote ${short(quote)} does not contain the figure as written, ${short(valueText)}`);
    // "a 52-year-old woman", "and another was injured", "killing the driver" (a role one person holds), and one weapon by its
    // place in a series, "Two drones were shot down, and a third was jammed", "The third UAV was suppressed": the words
    // that write the one; "his 65-year-old wife", "their daughter was injured": one relative named by whose they are
    const oneAsArticle = value === "1" && /^(?:(?:an?|another|the)(?:\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))?|his|her|their)$/i.test(valueText);
    const twoAsBoth = value === "2" && /^(?:both|a pair of)$/i.test(valueText); // "both drones were shot down", "a pair of Iskander-M missiles"
    if (isInt && !oneAsArticle && !twoAsBoth && !figurePatterns(Number(value)).some((re) => re.test(quote))) say(`quote ${short(quote)} does not contain the value ${value} in digits or words`);
  });
  return problems;
}
