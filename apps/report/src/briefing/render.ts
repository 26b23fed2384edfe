import { IsoDate, SalvoError } from "@salvo/core";
import { appendixSection } from "./appendix.ts";
import { caveatsSection } from "./caveats.ts";
import { chartsSection } from "./charts.ts";
import { comparisonSection } from "./comparison.ts";
import { buildContext, type BriefingInput } from "./context.ts";
import { coverSection } from "./cover.ts";
import { documentDefinition, toPdf } from "./pdf.ts";
import { selectForBriefing } from "./select.ts";
import { timelineSection } from "./timeline.ts";

/**
 * The PDF briefing for one run. Pure apart from reading pdfmake's bundled fonts: the same input
 * gives the same bytes (no clock, no randomness; `now` is the only date).
 */
export async function renderBriefing(input: BriefingInput): Promise<Uint8Array> {
  if (!IsoDate.safeParse(input.now).success) {
    throw new SalvoError("BAD_ARGS", "", `briefing date must be YYYY-MM-DD, got "${input.now}"`);
  }
  const ctx = buildContext(selectForBriefing(input));
  // Order matters: footnotes are numbered as the comparison table first uses them, and the
  // appendix lists them, so it is built last.
  const cover = coverSection(ctx);
  const comparison = comparisonSection(ctx);
  const charts = await chartsSection(ctx);
  const timeline = timelineSection(ctx);
  const caveats = caveatsSection(ctx);
  const appendix = appendixSection(ctx);
  const content = [...cover, ...comparison, ...charts, ...timeline, ...caveats, ...appendix];
  return toPdf(documentDefinition({ now: input.now, content }));
}
