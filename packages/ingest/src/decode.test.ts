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
