import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderBriefing } from "./index.ts";
import { pageCount } from "./pdf-text.ts";
import { sampleInput } from "./sample-input.ts";
import { syntheticInput } from "./synthetic-input.ts";

/**
 * Render time and page count of the briefing at a few sizes:
 *   npx tsx src/briefing/bench.ts [events…]   (default: 10 100 500)
 * Writes each PDF to a temporary folder and prints its path, for a look.
 */
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const dir = mkdtempSync(path.join(tmpdir(), "salvo-briefing-"));

async function run(label: string, input: Parameters<typeof renderBriefing>[0]): Promise<void> {
  await renderBriefing(input); // warm-up: module loading and font parsing are not the render
  const start = performance.now();
  const pdf = await renderBriefing(input);
  const ms = performance.now() - start;
  const file = path.join(dir, `${label}.pdf`);
  writeFileSync(file, pdf);
  console.log(
    `${label.padEnd(12)} ${String(input.strikes.length).padStart(4)} events  ${String(pageCount(pdf)).padStart(4)} pages  ` +
      `${(pdf.length / 1024).toFixed(0).padStart(6)} KiB  ${ms.toFixed(0).padStart(6)} ms  ${file}`,
  );
}

await run("sample", sampleInput());
for (const n of sizes.length > 0 ? sizes : [10, 100, 500]) await run(`synthetic-${n}`, syntheticInput(n));
