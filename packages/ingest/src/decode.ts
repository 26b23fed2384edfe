import { SalvoError, type Result, ok, err } from "@salvo/core";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1251" | "windows-1252";

/**
 * Bytes → text. Saved web pages arrive as UTF-8 (with or without BOM), UTF-16 (Windows "Unicode" saves, with a BOM or,
 * when their text is mostly ASCII, without), Windows-1251 (Cyrillic pages) or Windows-1252; all are decoded, not skipped.
 * Other NUL bytes mean a binary file. Windows-1252 is the fallback because it maps every byte, so it is tried last and
 * only when the bytes are not valid UTF-8 and do not read as Cyrillic words.
 */
export function decode(bytes: Uint8Array, file: string): Result<{ text: string; encoding: Encoding }> {
  const r = decodeBytes(bytes, file);
  return r.ok ? ok({ text: stripInvisible(r.value.text), encoding: r.value.encoding }) : r;
}

// Control characters (but tab and line breaks) and bidirectional overrides are dropped from the
// text as read: they carry no words, break figures apart ("14\u0007 drones"), and in a CSV cell
// a right-to-left override makes a spreadsheet show text in a misleading order. Offsets everywhere
// point into the text after this step.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export const stripInvisible = (text: string): string => text.replace(INVISIBLE, "");

function decodeBytes(bytes: Uint8Array, file: string): Result<{ text: string; encoding: Encoding }> {
  if (bytes.length === 0) return err(new SalvoError("EMPTY", file, "file is empty"));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictDecode("utf-8", bytes.subarray(3), file, "utf-8-bom");
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode("utf-16le", bytes.subarray(2), file, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode("utf-16be", bytes.subarray(2), file, "utf-16be");
  const wide = bomlessUtf16(bytes);
  if (wide) return strictDecode(wide, bytes, file, wide);
  const nul = bytes.indexOf(0);
  if (nul !== -1) return err(new SalvoError("BINARY", file, `binary content (NUL byte at offset ${nul})`));
  const utf8 = strictDecode("utf-8", bytes, file, "utf-8");
  if (utf8.ok) return utf8;
  if (cyrillicWords(bytes)) return ok({ text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" });
  const text = decodeWindows1252(bytes);
  if (controlRatio(text) > 0.05) return err(new SalvoError("BINARY", file, "binary content (too many control characters)"));
  return ok({ text, encoding: "windows-1252" });
}

function strictDecode(
  label: "utf-8" | "utf-16le" | "utf-16be",
  bytes: Uint8Array,
  file: string,
  encoding: Encoding,
): Result<{ text: string; encoding: Encoding }> {
  try {
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    if (text.length === 0) return err(new SalvoError("EMPTY", file, "file holds only a byte-order mark"));
    if (encoding.startsWith("utf-16") && text.includes("\u0000")) {
      return err(new SalvoError("BINARY", file, "binary content (NUL character in UTF-16 text)"));
    }
    return ok({ text, encoding });
  } catch {
    const at = label === "utf-8" ? firstInvalidUtf8(bytes) : -1;
    const bom = encoding === "utf-8-bom" ? 3 : encoding.startsWith("utf-16") ? 2 : 0; // offsets count from the file's first byte
    return err(new SalvoError("DECODE", file, `not valid ${label}${at >= 0 ? ` (byte offset ${at + bom})` : ""}`));
  }
}

/**
 * UTF-16 saved without a byte-order mark: in mostly-ASCII text every other byte is NUL, the second of each pair
 * (little-endian) or the first (big-endian), and the other never is.
 */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.6 && even === 0) return "utf-16le";
  if (even > pairs * 0.6 && odd === 0) return "utf-16be";
  return null;
}

/**
 * Windows-1251: Cyrillic words are runs of bytes 0xC0–0xFF (its letters а–я, А–Я), which Windows-1252 text, with its
 * accented letters one at a time, rarely has. Three runs of three or more are taken as Cyrillic.
 */
function cyrillicWords(bytes: Uint8Array): boolean {
  let runs = 0;
  let run = 0;
  for (const b of bytes) {
    run = b >= 0xc0 ? run + 1 : 0;
    if (run === 3 && ++runs >= 3) return true;
  }
  return false;
}

function controlRatio(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) n++;
  }
  return text.length === 0 ? 0 : n / text.length;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

// Node's TextDecoder("windows-1252") decodes 0x80–0x9F as C1 control characters (latin1), losing
// the curly quotes and dashes that Windows-saved pages are full of; the table restores them.
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b)));
  }
  return out;
}
