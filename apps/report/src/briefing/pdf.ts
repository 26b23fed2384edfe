import { createRequire } from "node:module";
import path from "node:path";
import type { Content, TDocumentDefinitions, TFontDictionary } from "pdfmake/interfaces";
import { COLOR, DEFAULT_STYLE, PAGE, STYLES } from "./styles.ts";

// pdfmake's Node build is CommonJS exporting one configured instance (`module.exports = new pdfmake()`),
// so Node's ESM loader sees only a default export; require() gives the instance its types describe.
const require = createRequire(import.meta.url);
const pdfmake = require("pdfmake") as typeof import("pdfmake");
const bundled = require("pdfmake/fonts/Roboto.js") as { Roboto: Record<"normal" | "bold" | "italics" | "bolditalics", string> };

/** The folder of pdfmake's own Roboto files: the only files the renderer may read. */
const FONT_DIR = path.dirname(path.resolve(bundled.Roboto.normal));

/**
 * pdfmake keeps fonts and access policies on its shared instance; they are set on every render so
 * another user of the instance cannot leave it pointing elsewhere. Roboto covers Latin and Cyrillic.
 */
function configure(): void {
  // A fresh copy each time: pdfmake rewrites the descriptors it is given while resolving them.
  const fonts: TFontDictionary = { Roboto: { ...bundled.Roboto } };
  pdfmake.setFonts(fonts);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONT_DIR + path.sep));
  pdfmake.setUrlAccessPolicy(() => false); // a briefing never fetches anything
}

export interface DocumentOptions {
  now: string;
  content: Content[];
}

/**
 * Everything pdfkit would otherwise take from the clock is pinned to the briefing date: the info
 * dates, and through them the file /ID (pdfkit hashes the info dictionary into it).
 */
export function documentDefinition({ now, content }: DocumentOptions): TDocumentDefinitions {
  const date = new Date(`${now}T00:00:00Z`);
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [PAGE.margin, PAGE.margin, PAGE.margin, PAGE.margin + 8],
    info: {
      title: `salvo briefing ${now}`,
      author: "salvo",
      subject: "Russia–Ukraine air war: strikes, claims and diplomacy",
      keywords: "salvo; briefing; air war; drones; missiles",
      creator: "salvo",
      producer: "salvo (pdfmake)",
      creationDate: date,
      modDate: date,
    },
    footer: (page, pages) => ({
      margin: [PAGE.margin, 14, PAGE.margin, 0],
      fontSize: 7,
      color: COLOR.muted,
      columns: [
        { text: `salvo briefing · ${now}` },
        { text: "Figures are claims, attributed to who makes them; none is independently verified.", alignment: "center", width: "auto" },
        { text: `Page ${page} of ${pages}`, alignment: "right" },
      ],
      columnGap: 20,
    }),
    content,
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
  };
}

export async function toPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  configure();
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
