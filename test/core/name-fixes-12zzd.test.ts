// Supplier cells of the 2026-12zzd round (an Australian / New Zealand Modern Slavery Act supplier risk register;
// matching-60): the register's notes after a name (SAQ states, overseas / no ABN), the Australian "C/-" for care of
// with a place or an agent after it, a vessel's flag note in brackets, "Voc" and "Edu". Cells outside the batch where
// the listings allow; each of the High readings below was none or Review before the round.
import { Screener, bundledDataset } from "../../src/core";
import { readCellAnatomy } from "../../src/core/cells";
import { endsInLegalForm } from "../../src/core/cells/anatomy";
import { careOfPlaceReading } from "../../src/core/cells/care-of-place";

const screener = new Screener(bundledDataset());
const screen = (name: string) => screener.screen({ name, country: "", product: "" });
const legal = (t: string) => endsInLegalForm(t);

describe("an AU/NZ Modern Slavery register's notes after a name (statusMarkers; 2026-12zzd round)", () => {
  it("sets the SAQ and overseas notes aside as a code part, in brackets or after a dash, a day and month after them", () => {
    for (const [cell, note] of [
      ["Acme Tea Farm (SAQ sent)", "SAQ sent"],
      ["Acme Tea Farm - SAQ not returned", "SAQ not returned"],
      ["Acme Tea Farm - SAQ sent 14/03", "SAQ sent 14/03"],
      ["Acme Tea Farm (overseas – no ABN)", "overseas – no ABN"],
      ["Acme Tea Farm - overseas supplier", "overseas supplier"],
    ]) {
      const a = readCellAnatomy(cell);
      expect([cell, a.parts.map((p) => [p.role, p.text])]).toEqual([
        cell,
        [
          ["name", "Acme Tea Farm"],
          ["code", note],
        ],
      ]);
    }
  });
  it("finds the listed name before them", () => {
    for (const [name, id] of [
      ["Shandong Laiyang Heavy-Duty Machinery Factory (SAQ not returned)", "shandong-laiyang"],
      ["Mangalore Ganesh Beedi Works - SAQ sent 02/11", "mangalore-ganesh-beedi"],
      ["Miao Chi Tea Farm (overseas – no ABN)", "miao-chi-tea-farm"],
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.listing.id).toContain(id);
    }
    expect(screen("Acme Tea Farm - SAQ sent").risk).toBe("none");
  });
  it("keeps the words in the name without a bracket or a dash", () => {
    expect(readCellAnatomy("Overseas Supplier Services Pty Ltd").parts.map((p) => p.role)).not.toContain("code");
  });
});

describe("the Australian C/- for care of (roleMarkers.care_of, care-of-place.ts; 2026-12zzd round)", () => {
  it("reads the part after C/- as a care-of part, never the supplier", () => {
    const a = readCellAnatomy("FV Acme No. 7 C/- Suva agent");
    expect(a.parts.map((p) => [p.role, p.text])).toEqual([
      ["name", "FV Acme No. 7"],
      ["care_of", "Suva agent"],
    ]);
    expect(a.hasNonSupplierPart).toBe(true);
  });
  it("reads a place after it with the name, as a name and its address", () => {
    expect(careOfPlaceReading("State Penitentiary C/- Ciudad Victoria, Tamaulipas", legal)).toEqual({
      text: "State Penitentiary, Ciudad Victoria, Tamaulipas",
      start: 0,
    });
    expect(careOfPlaceReading("Acme Works C/- Guangzhou", legal)?.text).toBe("Acme Works, Guangzhou");
  });
  it("gives no place reading for an agent, a forwarder, a firm, lower-case words or no marker", () => {
    expect(careOfPlaceReading("FV Acme No. 7 C/- Suva agent", legal)).toBeNull();
    expect(careOfPlaceReading("Acme Works C/- Kuehne Nagel Logistics", legal)).toBeNull();
    expect(careOfPlaceReading("Beaurepaires C/- Goodyear & Dunlop Tyres (Aust) Pty Ltd", legal)).toBeNull();
    expect(careOfPlaceReading("Acme Works C/- the buyer", legal)).toBeNull();
    expect(careOfPlaceReading("Acme Works c/o Guangzhou", legal)).toBeNull();
  });
  it("finds the listed name, with the place or before the agent", () => {
    for (const [name, id] of [
      ["Tianjin No. 2 Malleable Iron Plant C/- Tianjin", "tianjin-malleable-iron"],
      ["Lop County Meixin Hair Products C/- freight agent", "lop-county-meixin"],
    ]) {
      const r = screen(name);
      expect([name, r.risk]).toEqual([name, "high"]);
      expect(r.match?.listing.id).toContain(id);
    }
    expect(screen("Beaurepaires C/- Goodyear & Dunlop Tyres (Aust) Pty Ltd").risk).toBe("none");
  });
});

describe("a vessel's flag note in brackets (vesselFlagWords; 2026-12zzd round)", () => {
  it("reads a country with a flag word in brackets as a place part", () => {
    const a = readCellAnatomy("Acme No. 7 F/V (Taiwan flag)");
    expect(a.parts.map((p) => [p.role, p.text])).toContainEqual(["address", "(Taiwan flag)"]);
    expect(readCellAnatomy("Acme No. 7 (Vanuatu-flagged)").parts.map((p) => [p.role, p.text])).toContainEqual([
      "address",
      "(Vanuatu-flagged)",
    ]);
  });
  it("keeps a flag word without a country in the name", () => {
    expect(readCellAnatomy("Red Flag Farm (flag)").parts.map((p) => p.role)).not.toContain("address");
  });
  it("finds the listed vessel before it", () => {
    const r = screen("Tunago No. 61 (Vanuatu flag)");
    expect(r.risk).not.toBe("none");
    expect(r.match?.listing.id).toContain("tunago-no-61");
  });
});

describe("Voc and Edu (abbreviations.json; 2026-12zzd round)", () => {
  it("reads Voc as vocational and Edu as education", () => {
    const r = screen("No. 4 Voc Skills Edu Training Center");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toContain("vsetc");
  });
});

describe("a provenance note left before an address, a note or goods (found by the property test once 12zzd entered its pool)", () => {
  it("is set aside as at the end of a cell, and the listed names before it are found", () => {
    for (const cell of [
      "JWD Technology – Sichuan Mianyang Jingweida (per invoice), 1 Jalan Klang, Shah Alam 10000",
      "JWD Technology – Sichuan Mianyang Jingweida (per invoice) [STORES]",
      "JWD Technology – Sichuan Mianyang Jingweida (per invoice) - GREEN TEA",
    ]) {
      const r = screen(cell);
      expect([cell, r.risk]).toEqual([cell, "high"]);
      expect(r.match?.listing.id).toContain("sichuan-jingweida");
    }
    expect(screen("Acme Tea Farm (per invoice) [STORES]").risk).toBe("none");
  });
});
