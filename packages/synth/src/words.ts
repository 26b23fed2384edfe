const UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** Small numbers spelled out the way wire copy does ("seven missiles"), larger ones in digits with separators. */
export function spell(n: number, words: boolean): string {
  if (words && n < UNITS.length) return UNITS[n]!;
  return n >= 1000 ? n.toLocaleString("en-US") : String(n);
}

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
