import { describe, expect, it } from "vitest";
import { decode } from "./decode.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("decode", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const plain = decode(enc("Київ — Kyiv"), "a.txt");
    const bom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("Київ")]), "a.txt");
    expect(plain).toEqual({ ok: true, value: { text: "Київ — Kyiv", encoding: "utf-8" } });
    expect(bom).toEqual({ ok: true, value: { text: "Київ", encoding: "utf-8-bom" } });
  });

  it("reads UTF-16 little-endian with a BOM (Windows 'Unicode' saves)", () => {
    const body = Buffer.from("Drones hit Odesa.", "utf16le");
    const r = decode(new Uint8Array([0xff, 0xfe, ...body]), "a.txt");
    expect(r.ok && r.value).toEqual({ text: "Drones hit Odesa.", encoding: "utf-16le" });
  });

  it("reads UTF-16 saved without a BOM, little- and big-endian, when its text is mostly ASCII", () => {
    const le = decode(new Uint8Array(Buffer.from("Russia launched 40 drones at Odesa.", "utf16le")), "a.txt");
    expect(le.ok && le.value).toEqual({ text: "Russia launched 40 drones at Odesa.", encoding: "utf-16le" });
    const be = decode(new Uint8Array(Buffer.from("Russia launched 40 drones at Odesa.", "utf16le").swap16()), "a.txt");
    expect(be.ok && be.value).toEqual({ text: "Russia launched 40 drones at Odesa.", encoding: "utf-16be" });
  });

  it("reads Windows-1251 Cyrillic, which is not UTF-8, as Cyrillic", () => {
    // "Мер Віталій Кличко: 40 дронів" in Windows-1251
    const bytes = new Uint8Array([0xcc, 0xe5, 0xf0, 0x20, 0xc2, 0xb3, 0xf2, 0xe0, 0xeb, 0xb3, 0xe9, 0x20, 0xca, 0xeb, 0xe8, 0xf7, 0xea, 0xee, 0x3a, 0x20, 0x34, 0x30, 0x20, 0xe4, 0xf0, 0xee, 0xed, 0xb3, 0xe2]);
    const r = decode(bytes, "a.txt");
    expect(r.ok && r.value).toEqual({ text: "Мер Віталій Кличко: 40 дронів", encoding: "windows-1251" });
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    // “Odesa” with curly quotes and é in Windows-1252
    const r = decode(new Uint8Array([0x93, 0x4f, 0x64, 0x65, 0x73, 0x61, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]), "a.txt");
    expect(r.ok && r.value).toEqual({ text: "“Odesa” café", encoding: "windows-1252" });
  });

  it("rejects empty and binary files with a code naming the file", () => {
    const empty = decode(new Uint8Array(), "empty.txt");
    const binary = decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), "zip.txt");
    expect(!empty.ok && [empty.error.code, empty.error.message]).toEqual(["EMPTY", "empty.txt: file is empty"]);
    expect(!binary.ok && binary.error.code).toBe("BINARY");
    expect(!binary.ok && binary.error.message).toContain("offset 4");
  });
});
