import { sentenceText } from "@salvo/core";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "./front-matter.ts";
import { inline, markdownToText } from "./markdown.ts";
import { articleOfUnit, unitsOf } from "./read.ts";

const bytes = (s: string) => new TextEncoder().encode(s);
const read = (file: string, text: string, sidecar: string | null = null) => {
  const [unit] = unitsOf(file, { bytes: bytes(text), sidecar }, { maxBytes: 1 << 20 });
  return articleOfUnit(unit!, sidecar);
};

describe("front matter", () => {
  it("reads key: value lines, quoted or not, and lists; passes over what it does not know", () => {
    const text = ['---', 'title: "Night raid: 31 drones"', "date: 2025-07-09", "authors: [Olena Koval, 'Ivan Petrenko']", "site: Kyiv Ledger # desk", "tags:", "  - air war", "seo:", "  noindex: true", "---", "Body."].join("\n");
    const fm = readFrontMatter(text);
    expect(fm?.fields).toEqual({ title: "Night raid: 31 drones", date: "2025-07-09", authors: ["Olena Koval", "Ivan Petrenko"], site: "Kyiv Ledger", tags: ["air war"] });
    expect(text.slice(fm!.end)).toBe("Body.");
  });

  it("is none when the text does not open with --- or the block never closes", () => {
    expect(readFrontMatter("Title\n---\nx: 1\n---\n")).toBeNull();
    expect(readFrontMatter("---\ntitle: open\n\nBody without a closing line.")).toBeNull();
  });

  it("maps each field's usual names onto the article's metadata; a sidecar still wins", () => {
    const md = [
      "---",
      "headline: Drones reach Lutsk",
      "pubDate: 2025-07-09T05:20:00+03:00",
      "byline: Mariia Shevchuk",
      "publisher: Volyn Courier",
      "canonical_url: https://example.org/lutsk",
      "draft: true",
      "---",
      "",
      "Russia sent 12 attack drones towards Lutsk overnight, the regional administration said on Wednesday.",
      "",
      "Air defence brought down nine of them.",
    ].join("\n");
    const a = read("lutsk.md", md);
    expect(a.ok && a.value.meta).toMatchObject({
      headline: "Drones reach Lutsk",
      published: "2025-07-09",
      publishedAt: "2025-07-09T05:20:00+03:00",
      publishedFrom: "page",
      author: "Mariia Shevchuk",
      outlet: "Volyn Courier",
      url: "https://example.org/lutsk",
    });
    const b = read("lutsk.md", md, '{ "outlet": "Kyiv Ledger", "published": "2025-07-10" }');
    expect(b.ok && b.value.meta).toMatchObject({ outlet: "Kyiv Ledger", published: "2025-07-10", publishedFrom: "sidecar", author: "Mariia Shevchuk" });
  });

  it("takes the day of a date that is not ISO, and leaves out one it cannot read", () => {
    const day = read("a.md", "---\ndate: 2025-07-09 10:00:00 +0300\n---\nRussia launched 20 drones at Odesa, the navy said.");
    expect(day.ok && day.value.meta.published).toBe("2025-07-09");
    const rss = read("a.md", "---\npubDate: Tue, 11 Mar 2025 23:12:00 -0500\n---\nRussia launched 20 drones at Odesa, the navy said.");
    expect(rss.ok && rss.value.meta.published).toBe("2025-03-11");
    const none = read("a.md", "---\ndate: last Tuesday\n---\nRussia launched 20 drones at Odesa, the navy said.");
    expect(none.ok && none.value.meta.publishedFrom).not.toBe("page");
  });
});

describe("markdownToText", () => {
  it("drops the text's own Private Use characters rather than reading them as its hidden escapes (U+E00D is no line break)", () => {
    expect(markdownToText("\u0000\ue00d 0").text).toBe("\u0000 0");
    expect(markdownToText("40 drones \ue02a shot down \\*not emphasis\\*").text).toBe("40 drones shot down *not emphasis*");
  });

  it("reads as the copy reads: no markers, links as their text, images, comments and code dropped", () => {
    const md = [
      "# Strike on Dnipro",
      "",
      "Russia fired **five** missiles and",
      "_40 drones_ at [Dnipro](https://example.org/dnipro \"city\") overnight.  ",
      "Officials gave the figures at dawn.",
      "",
      "![the damaged depot](depot.jpg)",
      "<!-- desk: check the toll -->",
      "- Two people were hurt.",
      "- A depot caught fire.",
      "",
      "> The night was loud, one resident said.",
      "",
      "```",
      "console.log(5)",
      "```",
      "",
      "Figures from `the air force`, in snake_case_file and 5 * 3.",
      "",
      "---",
      "",
      "[1]: https://example.org/ref",
    ].join("\n");
    const r = markdownToText(md);
    expect(r.text).toBe(
      [
        "Strike on Dnipro",
        "Russia fired five missiles and 40 drones at Dnipro overnight.\nOfficials gave the figures at dawn.",
        "Two people were hurt.",
        "A depot caught fire.",
        "The night was loud, one resident said.",
        "Figures from the air force, in snake_case_file and 5 * 3.",
      ].join("\n\n"),
    );
    expect(r.headline).toBe("Strike on Dnipro");
  });

  it("keeps a numbered line that only wraps a paragraph, and escaped markers", () => {
    expect(markdownToText("The offensive began in\n2022. Russia has since fired thousands of missiles.").text).toBe(
      "The offensive began in 2022. Russia has since fired thousands of missiles.",
    );
    expect(inline("a \\*starred\\* word")).toBe("a *starred* word");
    expect(markdownToText("1. first\n2. second").text).toBe("first\n\nsecond");
  });

  it("gives sentences whose offsets index the text it produced", () => {
    const md = "---\ntitle: Kharkiv shelled\n---\n\n# Kharkiv shelled\n\nRussia struck *Kharkiv* with **three** guided bombs on Tuesday.\nNo one was killed, [the governor](https://t.me/x) said.\n\n- Power was cut in two districts.\n";
    const a = read("kharkiv.md", md);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.value.text).not.toMatch(/[*#[\]]/);
    expect(a.value.meta.headline).toBe("Kharkiv shelled");
    expect(a.value.sentences.map((s) => sentenceText(a.value, s))).toEqual([
      "Russia struck Kharkiv with three guided bombs on Tuesday.",
      "No one was killed, the governor said.",
      "Power was cut in two districts.",
    ]);
  });

  it("reads a pipe table as its rows, one line each with their bars, without the delimiter row", () => {
    const md = "Tallies by night:\n\n| Night | Drones fired | Downed |\n| :--- | ---: | --- |\n| 7-8 May | **41** Shaheds (Air Force) | 35 |\n| 9-10 May | 28 | [all 28](https://x.y/z) |\nThe Air Force gave no figure for 8-9 May.";
    expect(markdownToText(md).text).toBe("Tallies by night:\n\n| Night | Drones fired | Downed |\n| 7-8 May | 41 Shaheds (Air Force) | 35 |\n| 9-10 May | 28 | all 28 |\n\nThe Air Force gave no figure for 8-9 May.");
    const a = read("tally.md", md);
    expect(a.ok && a.value.sentences.map((s) => sentenceText(a.value, s))).toEqual([
      "Tallies by night:",
      "| Night | Drones fired | Downed |",
      "| 7-8 May | 41 Shaheds (Air Force) | 35 |",
      "| 9-10 May | 28 | all 28 |",
      "The Air Force gave no figure for 8-9 May.",
    ]);
  });

  it("keeps a paragraph that only has a bar in it, with no delimiter row under it, as prose", () => {
    expect(markdownToText("Kyiv | Lviv\nand Odesa were hit.").text).toBe("Kyiv | Lviv and Odesa were hit.");
    // (a rule under a line with no bar is a setext heading's underline, not a table)
    expect(markdownToText("Night by night\n---\n| a |").text).toBe("Night by night\n\n| a |");
  });

  it("takes a first '# Heading' as the headline when the front matter has none", () => {
    const a = read("b.markdown", "---\nauthor: A. Writer\n---\n# Sumy under fire\n\nTwo drones hit a school in Sumy, the mayor said on Friday.\n");
    expect(a.ok && [a.value.meta.headline, a.value.meta.author]).toEqual(["Sumy under fire", "A. Writer"]);
  });
});
