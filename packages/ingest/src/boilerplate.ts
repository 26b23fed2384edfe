/**
 * Page furniture that copy-pasting a news page drags along: menus, breadcrumbs, share buttons,
 * read times, view counters, newsletter prompts, syndication notes. Matched per line, anchored,
 * and only on short lines, so a body paragraph that happens to mention "share" is never dropped.
 */
const WHOLE_LINE = new RegExp(
  "^(?:" +
    [
      "share(?: this(?: article| story)?)?(?: on \\w+)?",
      "tweet|email|e-mail|print|copy link|comments?(?: \\(\\d+\\))?|advertisement|advert|sponsored",
      "read (?:more|also|next)\\b.*",
      "also read:.*|you may also like:?.*|more on this:.*|previous (?:briefings|updates|editions|reports):.*|further reading:.*",
      "related(?: (?:articles?|stories|news|coverage))?:?.*",
      "(?:see|watch) also:.*",
      "subscribe\\b.*|sign up\\b.*|follow us\\b.*|join (?:us|our)\\b.*|get (?:our|the) newsletter\\b.*|newsletter\\b.*",
      "(?:we use )?cookies?\\b.*|accept(?: all)?(?: cookies)?|manage (?:cookies|preferences)",
      "skip to (?:main )?content|menu|search|home|world|news|europe|politics|opinion|video|live|latest|top stories",
      "(?:last )?updated?:?.{0,40}\\bago",
      "\\d+\\s*min(?:ute)?s?\\s+read",
      "[\\d.,]+[kKmM]?\\s+(?:views?|reads?|shares?|comments?)",
      "(?:photo|image|picture|credit|file photo)s?:.{0,120}",
      // a caption that ends with its credit ("Rescuers at the site in Kyiv on 2 January 2024. Photo: Oleksandr Ratushniak"),
      // or opens as one ("A file photo of a Shahed drone over Kyiv, taken on 30 December 2023")
      ".{0,160}[.)]\\s*(?:photo|image|picture|credit|photograph)s?(?: by)?:\\s*[^.]{2,60}",
      "(?:a\\s+)?file\\s+(?:photo|picture|image)\\b.{0,160}",
      // an image's source; "Source: Ukraine's Air Force on Telegram" names a figure's source and stays
      "sources?:\\s*(?:getty|reuters|afp|ap\\b|epa|shutterstock|screenshot|social media|file|wikimedia|unsplash|pexels).{0,100}",
      "(?:getty images|afp|reuters|ap photo|epa)(?: via getty images)?",
      "all rights reserved\\.?.*|©.*|copyright\\b.{0,120}",
      "(?:click|tap) here\\b.*",
      "(?:this story|this article) (?:has|was) (?:been )?(?:auto-generated|not been edited).*",
      "\\(?except for the headline, this story has not been edited.*",
      "published from a syndicated feed.*",
      "(?:listen to|download) (?:this article|the app)\\b.*",
    ].join("|") +
    ")$",
  "i",
);

// a fact box's dated entry: "OCTOBER 1 - KHARKIV CITY", "5 OCT - HROZA", "MONDAY, JULY 8 - KYIV", "APRIL 28, 2023 UMAN"
// (a dash or a year after the date; not a menu's "MAY 9 PARADE", "MAYDAY 24")
const MONTH = "(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?";
const DATED = new RegExp(
  `^(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?\\s+)?(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4}\\b|\\s*[-–—:])`,
);

/** Leading list markers of breadcrumbs and menus: "1. HOME", "• 3 min read". */
const LIST_MARKER = /^(?:\d{1,2}[.)]|[•·▪●◦*–-])\s+/;

export function stripListMarker(line: string): string {
  return line.replace(LIST_MARKER, "");
}

export function isBoilerplate(line: string): boolean {
  if (line.length === 0 || line.length > 200) return false;
  const bare = stripListMarker(line).trim();
  if (WHOLE_LINE.test(bare)) return true;
  // A short menu item behind a list marker ("1. HOME", "• WORLD"): upper case, no sentence
  // (not a fact box's dated entry, "* OCTOBER 1 - KHARKIV CITY": its heading)
  if (bare !== line && bare.length <= 30 && bare === bare.toUpperCase() && /[A-Z]/.test(bare) && !DATED.test(bare)) return true;
  return false;
}

// a capitalised label, a colon, then a lower-case clause: "Kharkiv: two people injured" (not "UPDATE: Kyiv", "WEDNESDAY: TRUMP
// CALLS PUTIN", nor a tag's one word: "Filed under: war")
const LABELLED_CLAUSE = /^\p{Lu}[\p{L}'’ -]{0,30}:\s+\p{Ll}\S*\s+\S/u;

/** Short line with no sentence punctuation and few words: a subheading, a caption tag, a menu. */
export function isHeading(line: string): boolean {
  if (/[.!?:;]["'”’»)]?$/.test(line)) return false;
  // (a place's line in a list, unpunctuated: "Mykolaiv: one person killed" says what happened there, it heads nothing)
  if (LABELLED_CLAUSE.test(line)) return false;
  const words = line.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 4 && !/\d/.test(line);
}
