import { describe, expect, it } from "vitest";
import { parseArticle, type RawArticle } from "./parse.ts";

function parsePage(text: string, sidecar: RawArticle["sidecar"]) {
  return parseArticle({ id: "t", file: "t.txt", sha256: "0".repeat(64), text, sidecar });
}

const page = `Drones strike Lutsk as talks stall

  1. HOME
  2. WORLD
  • 4 min read
  • 2.1K Views
Drones strike Lutsk as talks stall
LUTSK, Ukraine — 9 July 2025
By Olena Marchuk

Russia sent 728 drones at Ukraine overnight, the U.S. ambassador said. Gen. Syrskyi did not comment.

Share
Subscribe to our newsletter
`;

describe("parseArticle", () => {
  const a = parsePage(page, null);

  it("finds headline, dateline, byline and the publication date in the text", () => {
    expect(a.meta).toMatchObject({
      headline: "Drones strike Lutsk as talks stall",
      dateline: "LUTSK, Ukraine — 9 July 2025",
      author: "Olena Marchuk",
      published: "2025-07-09",
      publishedFrom: "text",
    });
  });

  it("dates a page written late in a western zone by its own day, not the next UTC day its sidecar's instant falls on", () => {
    const text = "EU offices in Kyiv damaged\n\nWKRV News 7 | World\nPublished: 11:42 PM EDT Aug 28, 2025\nBy Network News wire\n\nKYIV, Ukraine — A Russian attack on Kyiv overnight killed at least 23 people, officials said on Thursday.";
    expect(parsePage(text, { published: "2025-08-29T03:42:00Z" }).meta).toMatchObject({ published: "2025-08-28", publishedAt: "2025-08-29T03:42:00Z" });
    // (not an instant past noon, which no western zone puts on the day before, nor a page day two days off, nor a bare day,
    // nor a page day with no western clock: "LUTSK, Ukraine — 9 July 2025" beside "2025-07-10T06:00:00Z", see below)
    expect(parsePage(text.replace("Aug 28", "Aug 27"), { published: "2025-08-29T03:42:00Z" }).meta.published).toBe("2025-08-29");
    expect(parsePage(text, { published: "2025-08-29T13:42:00Z" }).meta.published).toBe("2025-08-29");
    expect(parsePage(text, { published: "2025-08-29" }).meta.published).toBe("2025-08-29");
  });

  it("keeps only body sentences, not menus, counters or share buttons", () => {
    const sentences = a.sentences.map((s) => page.slice(s.start, s.end));
    expect(sentences).toEqual(["Russia sent 728 drones at Ukraine overnight, the U.S. ambassador said.", "Gen. Syrskyi did not comment."]);
  });

  it("keeps a subheading that names a day or night (it dates its section) and drops other short subheadings", () => {
    const text = "Three nights of attacks\n\nRussia attacked Ukraine on three nights in a row, the Air Force said.\n\nSaturday night into Sunday\nRussia launched 298 drones.\n\nWhat comes next\nTalks are stalled.";
    const b = parsePage(text, { published: "2025-05-26" });
    const sentences = b.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain("Saturday night into Sunday");
    expect(sentences).not.toContain("What comes next");
  });

  it("keeps a place's unpunctuated line in a list ('Mykolaiv: one person killed'), not a label over a name ('UPDATE: Kyiv')", () => {
    const text = "Strikes on three cities\n\nCasualties by city:\nKharkiv: two people injured\nMykolaiv: one person killed\nUPDATE: Kyiv\nOdesa: a woman injured";
    const b = parsePage(text, { published: "2025-06-07" });
    const sentences = b.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(["Casualties by city:", "Kharkiv: two people injured", "Mykolaiv: one person killed", "Odesa: a woman injured"]);
  });

  it("keeps a Ukrainian outlet's 'Source: Ukraine's Air Force' line, which says whose the figures are, but not an image's source", () => {
    const text = "Russia attacks with 407 drones\n\nOn the night of 5-6 June, Russia attacked Ukraine with 407 drones.\n\nSource: Ukraine's Air Force\n\nSource: Reuters";
    const b = parsePage(text, { published: "2025-06-06" });
    const sentences = b.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toContain("Source: Ukraine's Air Force");
    expect(sentences).not.toContain("Source: Reuters");
  });

  it("keeps a fact box's dated entry behind a list marker ('* OCTOBER 1 - KHARKIV CITY'), not a menu item ('• WORLD', '• MAY 9 PARADE')", () => {
    const text = "FACTBOX-October in the Kharkiv region: the deadliest strikes\n\n• WORLD\n• MAY 9 PARADE\n• MAYDAY 24\n* OCTOBER 1 - KHARKIV CITY\nThree missiles hit a plant, the governor said.\n\n* 5 OCT - HROZA\nA missile hit a cafe.";
    const b = parsePage(text, { published: "2023-10-31" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "* OCTOBER 1 - KHARKIV CITY", "Three missiles hit a plant, the governor said.", "* 5 OCT - HROZA", "A missile hit a cafe.",
    ]);
  });

  it("drops a block of links to other stories ('RELATED NEWS', 'LATEST NEWS', 'Most read: … | …', 'Most read in Sumy Nova:'), but not a live page's entries under 'LATEST'", () => {
    const text = [
      "Two people were killed in Odesa overnight, the governor said.",
      "RELATED NEWS\n- Night attack on Odesa region: one killed, three injured\n- Kharkiv: number of injured rises to 21",
      "LATEST NEWS\n07:55 Shostka: drone attack overnight, three people hurt\n08:40 Power outage schedules for Sumy",
      "LATEST\n09:05\nRussia launched 40 drones overnight, the Air Force said.",
      "Read also:\nOdesa: 22 injured in 29 December strike remain in hospital",
      "Most read: Power outage schedules for Thursday | Sumy: new bus routes from Monday | 3 injured in Shostka shelling",
      "Most read in Sumy Nova:\n- Sumy: drone hits high-rise on Kharkivska Street, 3 injured\n- Okhtyrka: 2 killed in strike on gas station",
    ].join("\n\n");
    const b = parsePage(text, { published: "2025-06-10" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Two people were killed in Odesa overnight, the governor said.",
      "09:05",
      "Russia launched 40 drones overnight, the Air Force said.",
    ]);
  });

  it("drops 'More on this topic:' over its links and a 'Most read:' label with one linked headline on its line", () => {
    const text = [
      "Russia launched 40 drones at Odesa overnight, the Air Force said.",
      "More on this topic:\n- Kharkiv hit by 6 missiles overnight\n- Air Force: Russia used 18 Kinzhal missiles in December",
      "Most read: Russia fired 4,000 Shaheds in April, Air Force says",
      // (a sentence after the label is the story's own: it ends as one)
      "In other news: two people were injured in Kherson, the governor said.",
    ].join("\n\n");
    const kept = parsePage(text, { published: "2025-06-10" }).sentences.map((s) => text.slice(s.start, s.end));
    expect(kept).toEqual(["Russia launched 40 drones at Odesa overnight, the Air Force said.", "In other news: two people were injured in Kherson, the governor said."]);
  });

  it("drops links under 'More on Ukraine:', 'MORE FROM NATION & WORLD', 'Popular on Dnipro Hub', 'Our earlier coverage:', 'Also today:', and a newsletter's 'Read last week's briefing: …'", () => {
    const text = [
      "A missile struck a railway station in Kramatorsk, killing 50 people, the governor said.",
      "More on Ukraine:\n- Bucha mayor says 320 civilians killed during occupation",
      "MORE FROM NATION & WORLD\n- Ukraine: 20 missiles fired at village from Belarus, military says",
      "Popular on Dnipro Hub\n- Dnipro: 5 injured after debris falls on high-rise",
      "Our earlier coverage:\n- Sunday: missiles strike residential building in Kyiv, 1 killed",
      "Also today:\n– On the Sumy-Kyiv highway, a drone hit a car, 2 injured",
      "Read last week's briefing: Hroza, 52 dead - the deadliest strike of the year",
      // (a sentence of the story's own that opens the same way stays)
      "More on Ukraine's air defences came from the Air Force, which said 12 drones were shot down.",
    ].join("\n\n");
    const kept = parsePage(text, { published: "2022-06-28" }).sentences.map((s) => text.slice(s.start, s.end));
    expect(kept).toEqual([
      "A missile struck a railway station in Kramatorsk, killing 50 people, the governor said.",
      "More on Ukraine's air defences came from the Air Force, which said 12 drones were shot down.",
    ]);
  });

  it("drops the links under a section's 'More World News' at the foot of a wire copy", () => {
    const text = [
      "Russia fired 70 missiles and drones at Ukraine overnight, the air force said.",
      "Copyright 2023 Reuters. All rights reserved.",
      "More World News\n- Niger junta closes airspace ahead of deadline\n- Wildfires force 2,000 from homes on Greek island\n- Ukraine says 7 dead in Russian strike on Pokrovsk",
      "Get the Courier's morning briefing in your inbox.",
    ].join("\n\n");
    const kept = parsePage(text, { published: "2023-08-06" }).sentences.map((s) => text.slice(s.start, s.end));
    expect(kept.join(" ")).not.toMatch(/Pokrovsk|Wildfires/);
    expect(kept[0]).toBe("Russia fired 70 missiles and drones at Ukraine overnight, the air force said.");
  });

  it("goes on dropping links past a linked question, and under 'ALSO ON THE SITE'", () => {
    const text = [
      "Two people were killed in Odesa overnight, the governor said.",
      "MORE FROM WORLD\n- Russia fires 194 drones at Ukraine in overnight attack, Kyiv says\n- Explainer: What is on the table in Jeddah?\n- Three dead, 40 hurt as storm sweeps across Balkans",
      "ALSO ON THE SITE\n- Bryansk: 5 children injured in drone attack on Pogar in June\n- Harvest 2025: region expects 1.9 million tonnes of grain",
      "Is the air defence working?",
    ].join("\n\n");
    const b = parsePage(text, { published: "2025-03-12" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Two people were killed in Odesa overnight, the governor said.", "Is the air defence working?"]);
  });

  it("drops an analysis page's 'More analysis' links and a 'Previous briefings:' line", () => {
    const text = [
      "Two people were killed in Odesa overnight, the governor said.",
      "More analysis\n- Why Sumy's 35 dead did not stop the talks\n- Europe's Paris summit: what was agreed",
      "Previous briefings: March update (164 killed) | February update | 2024 annual summary",
    ].join("\n\n");
    const b = parsePage(text, { published: "2025-04-20" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Two people were killed in Odesa overnight, the governor said."]);
  });

  it("drops a site's 'ALSO ON KHARKIV NEWS' links and the readers' comments after the story, not a share bar's 'Comments (14)' above it", () => {
    const text = [
      "Glide bombs kill three in Kharkiv",
      "Share | Comments (14)",
      "Russian forces struck Kharkiv with guided aerial bombs on Wednesday afternoon, killing three people and wounding 12, the governor said.",
      "ALSO ON KHARKIV NEWS\nThree drones hit Kharkiv energy facility, 2 injured\nRussia fires 45 missiles at Ukraine overnight, 5 killed",
      "Reader comments (3)",
      "Pavlo K. · 2 hours ago\nThey launched at least 200 drones this week and nobody talks about it.",
    ].join("\n\n");
    const b = parsePage(text, { published: "2024-06-05" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Share | Comments (14)",
      "Russian forces struck Kharkiv with guided aerial bombs on Wednesday afternoon, killing three people and wounding 12, the governor said.",
    ]);
  });

  it("ends a list of timed links at the blank line before the story's own headline and byline", () => {
    const text = "NEWS | ECONOMY | LIFE\n\nLatest news\n09:12 Russia fires 94 missiles at energy grid, 7 killed\n08:50 Air defence downs 39 of 47 drones overnight\n\nAir defence downs 39 of 47 drones overnight\n\nYevhen Kyzlo — Sunday, 25 August 2024, 08:50\n\nRussia attacked Ukraine overnight with 47 Shahed drones, the Air Force said; 39 were shot down.";
    const b = parsePage(text, null);
    expect(b.meta.published).toBe("2024-08-25");
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).not.toContain("09:12 Russia fires 94 missiles at energy grid, 7 killed");
  });

  it("drops a caption that ends with its credit or opens as a file photo, and a 'You might also be interested in' list", () => {
    const text = [
      "Rescuers work at an apartment block in Kyiv hit during an attack on 2 January 2024. Photo: Oleksandr Ratushniak",
      "Russia attacked Kyiv with drones and missiles overnight, the city administration said on Tuesday.",
      "A file photo of a Shahed drone over Kyiv, taken on 30 December 2023, when Russia launched 158 drones and missiles.",
      "You might also be interested in\nDrone attack on Odesa port: 2 killed, 14 injured",
    ].join("\n\n");
    const b = parsePage(text, { published: "2025-01-14" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Russia attacked Kyiv with drones and missiles overnight, the city administration said on Tuesday."]);
  });

  it("ends a link list at a blank line before a bulleted Q&A, whose questions are body", () => {
    const text = "Two people were killed in Odesa overnight, the governor said.\n\nRelated\n- Russia fires 194 drones at Ukraine\n\n- How many drones did Russia launch?\n- 500 drones and 40 missiles, according to the Air Force";
    const b = parsePage(text, { published: "2025-03-12" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toContain("- 500 drones and 40 missiles, according to the Air Force");
  });

  it("drops an Indian portal's 'Also Read:' links between paragraphs", () => {
    const text = "Two people were killed in Lutsk, the mayor said.\n\nAlso Read: India hands over health cubes to Ukraine\nAlso Read: Russia says it downed 22 Ukrainian drones over Kursk, Bryansk\n\nModi left Kyiv on Friday evening.";
    const b = parsePage(text, { published: "2024-08-26" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Two people were killed in Lutsk, the mayor said.", "Modi left Kyiv on Friday evening."]);
  });

  it("keeps a live page's key points under 'Latest' (bullets without full stops are not links)", () => {
    const text = "Ukraine war live\n\nLatest\n\n- At least 6 people were killed in Kyiv, the mayor said\n- Zelensky spoke with Trump by phone on Tuesday\n\nExplosions were heard in Kyiv overnight.";
    const b = parsePage(text, { published: "2025-06-10", headline: "Ukraine war live" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toContain("- At least 6 people were killed in Kyiv, the mayor said");
  });

  it("drops a Ukrainian or Russian site's 'Читайте також:' (read also) links", () => {
    const text = "Death toll in Odesa strike rises to 20\n\nAt least 20 people were killed in Odesa on Friday, the governor said.\n\nЧитайте також:\n— Russia launched 37 drones at Ukraine overnight, 36 shot down\n— У Дніпрі 3 загиблих після ракетного удару";
    const b = parsePage(text, { published: "2024-03-15" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["At least 20 people were killed in Odesa on Friday, the governor said."]);
  });

  it("drops a live page's 'Key events' when they are timed links to its entries, not its own key points", () => {
    const text = "Ukraine war live\n\nKey events\n17 Jun 08:55 Air Force update\n17 Jun 06:10 At least 14 killed in Kyiv\n\n06.10 BST\nTymur Tkachenko says at least 14 people were killed in the capital overnight.";
    const b = parsePage(text, { published: "2025-06-17", headline: "Ukraine war live" });
    expect(b.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["06.10 BST", "Tymur Tkachenko says at least 14 people were killed in the capital overnight."]);
    const points = "Ukraine war live\n\nKey events\n- At least 14 killed in Kyiv\n\nTymur Tkachenko says at least 14 people were killed in the capital overnight.";
    expect(parsePage(points, { published: "2025-06-17", headline: "Ukraine war live" }).sentences.map((s) => points.slice(s.start, s.end))).toContain("- At least 14 killed in Kyiv");
  });

  it("takes no menu, breadcrumb or front matter line for the headline, and a short one over the page's date", () => {
    const headline = (text: string) => parsePage(`${text}\n\nRussia launched 99 missiles and 35 drones against Ukraine on Tuesday morning, Valerii Zaluzhnyi said.`, null).meta.headline;
    expect(headline("Home › World › Europe\n\nDozens killed as Russian missiles hit Poltava\n\nTuesday 3 September 2024 16:52 BST")).toBe("Dozens killed as Russian missiles hit Poltava");
    expect(headline("World  Europe  Ukraine  Podcasts  Newsletters\nSunday 28 September 2025 07:31 BST\n\nFour killed in Kyiv as Russia launches nearly 600 drones")).toBe("Four killed in Kyiv as Russia launches nearly 600 drones");
    expect(headline("Головна | Новини | Одеса | Війна | English\nODESA NEWS · Новини Одеси\n15.03.2024, 18:40\n\nDeath toll in Odesa strike rises to 20")).toBe("Death toll in Odesa strike rises to 20");
    expect(headline("---\ntitle: Russia hits Kyiv with 99 missiles\npublished: 2024-01-02\n---\n\nRussia hits Kyiv with 99 missiles")).toBe("Russia hits Kyiv with 99 missiles");
    expect(headline("Kyiv attack\n\nPublished 2 January 2024")).toBe("Kyiv attack");
    // (its title read as a Markdown file's is: YAML quoting and a comment, the "headline" key of schema.org exports)
    expect(headline("---\ntitle: 'Russia''s record drone night' # draft\ndate: 2025-07-09\n---")).toBe("Russia's record drone night");
    expect(headline("---\nheadline: \"Drones hit Lviv\"\n---")).toBe("Drones hit Lviv");
    // (nor the site's name and slogan over its menus and a news feed; nor a time alone)
    const portal = "LVIV PORTAL | News of Lviv and the region\nMain   News   Lviv   Region   Politics\nAir raid alert schedule   Power outages   Currency rates\n\n11:02  Lviv: public transport runs on weekend schedule\n10:40  In Sambir district, 3 houses damaged by debris";
    expect(headline(`${portal}\n\nLviv City Portal | City news | 07.07.2023, 11:05\n\nDeath toll in Lviv missile strike rises to ten`)).toBe("Death toll in Lviv missile strike rises to ten");
    // (a live page's first timed entry stays: no menu above it)
    expect(headline("09:12 Russia fires 94 missiles at Ukraine's energy grid\n\nPublished 2 January 2024")).toBe("09:12 Russia fires 94 missiles at Ukraine's energy grid");
    expect(headline("Military & Defense\n7 MAY, 08:01\nUpdated: 7 MAY, 09:37\nRussian air defenses down 105 Ukrainian drones overnight")).toBe("Russian air defenses down 105 Ukrainian drones overnight");
    // (a title over its byline and date, then a standfirst: the title stays)
    expect(headline("Dozens killed as Russian missiles hit Poltava\nBy Olena Marchuk\nTuesday 3 September 2024 16:52 BST\n\nThe strike hit a military institute and a hospital nearby")).toBe("Dozens killed as Russian missiles hit Poltava");
    // (a headline with its outlet is no menu)
    expect(headline("Russia strikes Kharkiv | Reuters\n\nPublished 2 January 2024")).toBe("Russia strikes Kharkiv | Reuters");
    expect(headline("Drones Hit Belgorod | Reuters\n\nPublished 2 January 2024")).toBe("Drones Hit Belgorod | Reuters");
    // (a table's header row is no menu: "Month | Drones | Change" over its rows)
    const table = "Monthly launches\n\nMonth | Drones | Change\nJune 2025 | 5,438 | +29%\n\nRussia keeps increasing its drone launches, according to the Ukrainian Air Force.";
    expect(parsePage(table, { published: "2025-08-01", headline: "Monthly launches" }).sentences.map((s) => table.slice(s.start, s.end))).toContain("Month | Drones | Change");
  });

  it("reads a front matter's date and a wire's dateline under lines of menus and share buttons", () => {
    expect(parsePage("---\ntitle: Russia hits Kyiv\npublished: 2024-01-02\n---\n\nRussia launched 99 missiles.", null).meta.published).toBe("2024-01-02");
    const menus = ["World", "Europe", "Ukraine war", "More", "Search", "", "Russia pounds Ukrainian energy sites", "", "Listen to this article", "4 min", "", "Share", "Tweet", "Copy link", ""].join("\n");
    const text = `${menus}\nKYIV, Oct 10 (Meridian Wire) - Russia launched 465 drones and 32 missiles at Ukraine early on Friday, Ukrainian officials said.`;
    expect(parsePage(text, null).meta.published).toBe("2025-10-10");
  });

  it("prefers the sidecar's date and headline over the text's", () => {
    const b = parsePage(page, { published: "2025-07-10T06:00:00Z", headline: "Other" });
    expect(b.meta).toMatchObject({ published: "2025-07-10", publishedAt: "2025-07-10T06:00:00Z", publishedFrom: "sidecar", headline: "Other" });
  });

  it("reads the publication date from a line of the page's head that is a date and little else", () => {
    // (the page's own date: not the latest-date estimate that stands in when it has none)
    const dated = (head: string) => {
      const { meta } = parsePage(`Russia launches 500 drones at Ukraine\n\n${head}\n\nRussia launched 500 drones overnight, the Air Force said.`, null);
      return meta.publishedFrom === "text" ? meta.published : null;
    };
    expect(dated("December 3, 2025 5:41 PM GMT+3 Updated 2 hours ago")).toBe("2025-12-03");
    expect(dated("Wednesday 3 December 2025 09:15 GMT")).toBe("2025-12-03");
    expect(dated("3 Dec 2025 · 4 min read")).toBe("2025-12-03");
    expect(dated("Kyiv • 03.12.2025, 09:15")).toBe("2025-12-03");
    expect(dated("Published: 03.12.2025 10:32")).toBe("2025-12-03");
    expect(dated("Lviv City Portal | City news | 04.09.2024, 19:30")).toBe("2024-09-04");
    expect(dated("ANALYSIS | The Meridian Review | 5 June 2023 | 14 min read")).toBe("2023-06-05");
    // (under a copy's menus, "Skip to content", ten section names, "Log in", the section, the title and the byline)
    const menus = "Skip to content\nThe Kyiv Chronicle\nNews\nUkraine\nWar\nBusiness\nOpinion\nInvestigations\nSupport us\nSearch\nLog in\n\nWar\nRussia launches record 472 drones\nby Sofia Tkach";
    expect(dated(`${menus}\nJune 1, 2025 9:15 PM\n3 min read`)).toBe("2025-06-01");
    // (not a sentence that names a date, nor a line with more to it than a place)
    expect(dated("On 3 December 2025 the Air Force counted the drones")).toBeNull();
    expect(dated("Ceasefire talks resume in Geneva on 3 December 2025")).toBeNull();
  });

  it("lets the latest full date the text writes stand in for a day the page does not give, marked as that estimate", () => {
    const meta = (text: string) => parsePage(text, null).meta;
    const text = "Russia fires record 728 drones at Ukraine\n\nRussia launched 728 drones at Ukraine on the night of 8-9 July 2025, a record since the start of the invasion on 24 February 2022.";
    expect(meta(text)).toMatchObject({ published: "2025-07-09", publishedFrom: "latest-date" });
    expect(meta("Russia fires drones at Ukraine\n\nRussia launched 40 drones overnight, officials said.")).toMatchObject({ published: null, publishedFrom: null });
    // (a page that says only when it was updated keeps that day)
    expect(meta("Russia fires drones at Ukraine\n\nUpdated: 5 December 2025\n\nRussia launched 40 drones overnight, after 30 on 3 December 2025, officials said.")).toMatchObject({ published: "2025-12-05", publishedFrom: "text" });
  });

  it("takes no other day for the publication's: an event, a related story, a table row, a widget, a headline with a date", () => {
    const published = (text: string) => parsePage(text, null).meta;
    const body = "\n\nRussia launched 40 drones overnight, officials said.";
    for (const head of [
      "24 February 2022: Invasion begins",
      "Anniversary | 24 February 2022",
      "A year ago: 24 February 2022",
      "Russia launches 40 drones at Ukraine\n\nZelensky meets Biden in Washington • 21 December 2022",
      "Russia launches 40 drones at Ukraine\n\nDate | Drones | Missiles\n29.12.2023 | 36 | 122",
      "Today: Friday, 5 December 2025",
      "Kyiv +2°C | USD 41.52 | Friday, 5 December 2025",
      "Ramstein meeting — 9 January 2026",
      "Russia launches 40 drones at Ukraine\n\n02.12.2025: 40 drones downed",
      "Russia launches 40 drones at Ukraine\n\n40 drones downed — 03.12.2025",
      "Russia launches 40 drones at Ukraine\n\n1–3 December 2025",
    ]) {
      // (the latest date the text writes may stand in, as an estimate marked so; the page's own date is none)
      expect(published(head + body).publishedFrom).not.toBe("text");
    }
    // (an explicit "Published" line wins over a bare date before it; a byline keeps its author)
    expect(published("March 9, 2023\n\nThe night the Kinzhals came\n\nPublished: March 9, 2024" + body).published).toBe("2024-03-09");
    expect(published("Updated December 4, 2025 9:00 am CET\n\nDecember 3, 2025 5:41 pm CET" + body).published).toBe("2025-12-03");
    expect(published("Russia launches 40 drones at Ukraine\n\nBy Jane Doe | 3 December 2025" + body)).toMatchObject({ published: "2025-12-03", author: "Jane Doe" });
    // (a box's "By the numbers" is no byline; "By our diplomatic correspondent" and "By the Kyiv desk" are)
    expect(published("Russia launches 40 drones at Ukraine\n\nBy the numbers\n\nDays of full-scale war | 915" + body).author).toBeNull();
    expect(published("Russia launches 40 drones at Ukraine\n\nBy our diplomatic correspondent" + body).author).toBe("our diplomatic correspondent");
    expect(published("Russia launches 40 drones at Ukraine\n\nBy the Kyiv desk" + body).author).toBe("the Kyiv desk");
  });

  it("takes only the first date line near the top: a live page's later day lines head its sections", () => {
    const text = "Kyiv under attack - live\n\n3 December 2025\n\n09:00 Russia launched 500 drones overnight.\n\n4 December 2025\n\n08:00 Another 200 drones overnight.";
    const a = parsePage(text, null);
    expect(a.meta.published).toBe("2025-12-03");
    expect(a.sentences.map((s) => text.slice(s.start, s.end))).toContain("4 December 2025");
  });

  it("leaves the date empty when nothing gives it", () => {
    const c = parsePage("Russia launched 40 drones overnight.", null);
    expect(c.meta.published).toBeNull();
  });
});
