/** The items of a sentence that lists news apart by semicolons, each read as a sentence of its own. */

// (two semicolons at least: one joins two clauses of one account, "Witkoff saw Putin on 13 March; five days later, Trump and
// Putin spoke", whose second the contact reader reads with the first)
const MIN_SEMICOLONS = 2;

/**
 * "Quick recap: Russia launched 273 drones overnight; …; Zelensky met Vance and Rubio in Rome; and Trump says he will speak to
 * Putin tomorrow": each item with the rest blanked (offsets kept), so that whom one item names, and when, are not another's
 * contact; the sentence itself when it lists no items.
 */
export function listItems(text: string): string[] {
  const cuts = [...text.matchAll(/;/g)].map((m) => m.index);
  if (cuts.length < MIN_SEMICOLONS) return [text];
  const bounds = [-1, ...cuts, text.length];
  return bounds.slice(1).map((to, i) => {
    const from = bounds[i]! + 1;
    return " ".repeat(from) + text.slice(from, to) + " ".repeat(text.length - to);
  });
}
