import { decodeText, decodeUtf8, decodeWindows1252, looksLikeSignInPage } from "../../src/core/importers";
import { fixtureBytes, importErrorOf } from "./helpers";

describe("decodeText", () => {
  it("decodes Windows-1252 curly quotes, dashes and accents", () => {
    const bytes = new Uint8Array([0x43, 0xf4, 0x74, 0x65, 0x20, 0x64, 0x92, 0x49, 0x20, 0x96, 0x20, 0x80]);
    expect(decodeText(bytes, "x")).toEqual({ text: "Côte d’I – €", encoding: "windows-1252" });
    expect(decodeWindows1252(new Uint8Array([0x93, 0x94, 0xe9]))).toBe("“”é");
  });

  it("takes valid UTF-8 as UTF-8 and drops its byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Société d’Export")]);
    expect(decodeText(bytes, "x")).toEqual({ text: "Société d’Export", encoding: "utf-8" });
  });

  it("decodes the two CSV fixtures (cp1252 and UTF-8 with BOM) to the same text", () => {
    const a = decodeText(fixtureBytes("cbp-sample-cp1252.csv"), "a");
    const b = decodeText(fixtureBytes("cbp-sample-utf8-bom.csv"), "b");
    expect(a.encoding).toBe("windows-1252");
    expect(b.encoding).toBe("utf-8");
    expect(a.text).toBe(b.text);
    expect(a.text).toContain("Côte d’Ivoire");
  });

  it("refuses UTF-16, binary files and a BOM followed by invalid UTF-8", () => {
    expect(importErrorOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "f")).message).toMatch(/UTF-16/);
    expect(importErrorOf(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), "f")).message).toMatch(/not a text file/);
    expect(importErrorOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe9]), "f")).code).toBe("encoding");
    expect(importErrorOf(() => decodeUtf8(new Uint8Array([0x7b, 0xe9, 0x7d]), "f")).message).toMatch(/not valid UTF-8/);
  });

  it("recognises sign-in pages by a password field or the page title", () => {
    expect(looksLikeSignInPage(new TextDecoder().decode(fixtureBytes("signin.html")))).toBe(true);
    expect(looksLikeSignInPage("<html><title>Access Denied</title></html>")).toBe(true);
    expect(looksLikeSignInPage(new TextDecoder().decode(fixtureBytes("uflpa-sample.html")))).toBe(false);
  });
});
