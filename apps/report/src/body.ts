/**
 * An output file's contents: text (run.json, the page), bytes (the PDF), or bytes in slices. A
 * large CSV stays in the slices it was built in: claims.csv of 100,000 articles is ~110 MB, and
 * joining it would hold it twice at the run's peak.
 */
export type FileBody = string | Uint8Array | readonly Uint8Array[];

const isSlices = (body: FileBody): body is readonly Uint8Array[] => Array.isArray(body);

/** The contents as one buffer (joined: for small files and tests). */
export function bytesOf(body: FileBody): Buffer {
  if (typeof body === "string") return Buffer.from(body, "utf8");
  if (isSlices(body)) return Buffer.concat(body);
  const b = body as Uint8Array;
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export const textOf = (body: FileBody): string => (typeof body === "string" ? body : bytesOf(body).toString("utf8"));

/** The contents as a list of byte slices, without copying bytes already encoded. */
export function slicesOf(body: FileBody): readonly Uint8Array[] {
  if (typeof body === "string") return [Buffer.from(body, "utf8")];
  return isSlices(body) ? body : [body as Uint8Array];
}
