import { existsSync } from "node:fs";
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesOf } from "../body.ts";
import { DATASET_NAMES } from "../datapackage.ts";
import { defaultOptions, runInProcess } from "../pipeline.ts";

// The page is opened from disk in a real headless Chromium (Debian's `chromium` package; Playwright's
// own browser download is not reachable here). Without it the test says so and skips.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`download page browser test SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const root = resolve(import.meta.dirname, "../../../..");

// An article whose quote and sidecar try to inject markup; dated first so its claim is in the preview.
const HOSTILE_SCRIPT = `<script>window.__pwned = 1</script>`;
const HOSTILE_ARTICLE = `Drones over Kharkiv & "friends"

Ukraine's Air Force said Russia launched 42 drones at the city of Kharkiv overnight, ${HOSTILE_SCRIPT} & "the <b>night</b> was loud".

The attack damaged several homes, officials said.
`;
const HOSTILE_META = { published: "2020-01-02", outlet: `<img src=x onerror="window.__pwned = 2"> & Co`, headline: `Drones over ${HOSTILE_SCRIPT}` };

const countRows = (csv: string) => (parse(csv) as unknown[]).length - 1;

/** fixtures/articles plus the hostile article → pipeline → its files in one folder. */
async function writeSite(): Promise<{ dir: string; input: string }> {
  const input = await mkdtemp(join(tmpdir(), "salvo-site-in-"));
  const fixtures = join(root, "fixtures/articles");
  for (const f of await readdir(fixtures)) if (!f.endsWith(".gold.json")) await copyFile(join(fixtures, f), join(input, f));
  await writeFile(join(input, "000_hostile.txt"), HOSTILE_ARTICLE);
  await writeFile(join(input, "000_hostile.meta.json"), JSON.stringify(HOSTILE_META));
  const out = await runInProcess(defaultOptions(input));
  const dir = await mkdtemp(join(tmpdir(), "salvo-site-"));
  for (const [name, contents] of out.files) await writeFile(join(dir, name), bytesOf(contents));
  return { dir, input };
}

type Followed = { kind: "page"; status: number; text: string } | { kind: "download"; bytes: Buffer } | { kind: "error"; message: string };

/** Navigates to a link the way a click would: a page that loads, or a download (Chromium downloads text/csv). */
async function follow(context: BrowserContext, url: string): Promise<Followed> {
  const page = await context.newPage();
  try {
    const download = page.waitForEvent("download", { timeout: 10_000 }).catch(() => null);
    const nav = await page.goto(url).then(
      (r) => ({ ok: true as const, status: r?.status() ?? 0 }),
      (e: unknown) => ({ ok: false as const, message: String(e) }),
    );
    if (nav.ok) return { kind: "page", status: nav.status, text: (await page.locator("pre").first().textContent({ timeout: 1000 }).catch(() => null)) ?? "" };
    const d = await download;
    if (!d) return { kind: "error", message: nav.message };
    const path = await d.path();
    return { kind: "download", bytes: await readFile(path) };
  } finally {
    await page.close();
  }
}

describe.skipIf(!haveChromium)("the download page in headless Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dir: string;
  let input: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    ({ dir, input } = await writeSite());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    context = await browser.newContext({ acceptDownloads: true, javaScriptEnabled: true });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => consoleErrors.push(String(e)));
    await page.goto(pathToFileURL(join(dir, "index.html")).href);
  });

  afterAll(async () => {
    await browser?.close();
    for (const d of [dir, input]) if (d) await rm(d, { recursive: true, force: true });
  });

  it("loads with no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });

  it("links every output, and every link is a relative path to a file in the folder", async () => {
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href") ?? "", url: (a as HTMLAnchorElement).href })));
    const targets = new Set(links.map((l) => l.href));
    expect(targets).toEqual(new Set([...DATASET_NAMES.map((n) => `${n}.csv`), "briefing.pdf", "datapackage.json", "run.json"]));
    for (const { href, url } of links) {
      expect(href, href).not.toMatch(/^([a-z]+:|\/)/i);
      expect(fileURLToPath(url)).toBe(join(dir, decodeURIComponent(href)));
      expect(existsSync(fileURLToPath(url)), href).toBe(true);
    }
  });

  it("every link, followed, opens or downloads that file", async () => {
    const urls = [...new Set(await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))];
    for (const url of urls) {
      const onDisk = await readFile(fileURLToPath(url));
      const got = await follow(context, url);
      if (got.kind === "error") expect.fail(`${url}: ${got.message}`);
      if (got.kind === "download") expect(got.bytes.equals(onDisk), url).toBe(true);
      if (got.kind === "page") {
        expect(got.status, url).toBe(200);
        if (url.endsWith(".json")) expect(got.text, url).toBe(onDisk.toString("utf8"));
      }
    }
  });

  it("shows each dataset's row count and a preview table with up to five rows", async () => {
    for (const name of DATASET_NAMES) {
      const section = page.locator(`#file-${name}-csv`);
      const rows = Number(await section.locator("dd.rows").textContent());
      const csv = await readFile(join(dir, `${name}.csv`), "utf8");
      expect(rows, name).toBe(countRows(csv));
      expect(rows, name).toBeGreaterThan(0);
      expect(await section.locator("table.preview tbody tr").count(), name).toBe(Math.min(5, rows));
      expect(await section.locator("table.preview thead th").count(), name).toBe((parse(csv) as string[][])[0]!.length);
    }
  });

  it("renders a hostile quote as text, running none of it", async () => {
    const cell = page.locator("#file-claims-csv table.preview td", { hasText: HOSTILE_SCRIPT });
    expect(await cell.count()).toBe(1);
    expect(await cell.textContent()).toContain(`${HOSTILE_SCRIPT} & "the <b>night</b> was loud"`);
    expect(await page.locator("#file-sources-csv table.preview td", { hasText: "<img src=x" }).count()).toBe(1);
    expect(await page.locator("script, img, main b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("shows the data dictionary beside the files", async () => {
    for (const name of DATASET_NAMES) expect(await page.locator(`#dictionary #dict-${name}-csv`).count(), name).toBe(1);
    expect(await page.locator("#dictionary table tbody tr").count()).toBeGreaterThan(50);
  });
});
