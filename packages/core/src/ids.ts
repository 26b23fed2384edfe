import { createHash } from "node:crypto";

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * A short id derived from content, so the same inputs give the same ids and adding an article
 * does not renumber anything. 16 hex digits = 64 bits: collisions are negligible below ~10^8 rows.
 */
export function contentId(prefix: string, ...parts: ReadonlyArray<string | number | null | undefined>): string {
  const key = parts.map((p) => (p === null || p === undefined ? "" : String(p))).join("|");
  return `${prefix}_${sha256(key).slice(0, 16)}`;
}
