import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** SHA-256 of a file, streamed (a 40 MB log skipped as too large still gets its digest); "" when unreadable. */
export function fileSha256(path: string): Promise<string> {
  return new Promise((resolve) => {
    const h = createHash("sha256");
    createReadStream(path)
      .on("data", (chunk) => h.update(chunk))
      .on("end", () => resolve(h.digest("hex")))
      .on("error", () => resolve(""));
  });
}
