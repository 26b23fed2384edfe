/**
 * Where an article came from, relative to the input folder: a file ("101_kyiv.txt"), or one line of a JSON Lines file
 * ("feeds/wire.jsonl:12", 1-based as editors count). It is the manifest's `file` and sources.csv's `file`: a reader
 * finds the article with it, and a worker re-reads the article from it.
 */
export const lineRef = (file: string, line: number): string => `${file}:${line}`;

// Only a JSON Lines file holds several articles: "notes:3.txt" and "a.txt" never read as a line reference.
const LINE_REF = /^(.+\.(?:jsonl|ndjson)):([1-9]\d*)$/i;

/** The file and line of a line reference ("wire.jsonl:12" → wire.jsonl, 12); null for a whole file. */
export function parseLineRef(ref: string): { file: string; line: number } | null {
  const m = LINE_REF.exec(ref);
  return m ? { file: m[1]!, line: Number(m[2]) } : null;
}

/**
 * Orders references by file name, then by line number: "wire.jsonl:2" before "wire.jsonl:10", where comparing the
 * strings would put line 10 first (and make it the "first" copy when two lines are duplicates).
 */
export function compareRefs(a: string, b: string): number {
  const la = parseLineRef(a);
  const lb = parseLineRef(b);
  const fa = la?.file ?? a;
  const fb = lb?.file ?? b;
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (la?.line ?? 0) - (lb?.line ?? 0);
}
