// An accounts-payable invoice-capture export (2026-12zze round, matching-61): the capture's labels and notes
// (cell-anatomy.json headerLabels, statusMarkers) and its readings (src/core/cells/invoice-capture.ts): a place after
// a stray bar, the letterhead's city and province run in, a vessel after "for F/V". Alone and through the screener;
// cells outside the batch where the listings allow.
import { Screener, bundledDataset } from "../../src/core";
import { readCellAnatomy } from "../../src/core/cells";
import { captureReadings, mayHaveCaptureParts } from "../../src/core/cells/invoice-capture";

const PLACES = new Set(["sichuan", "shandong", "tamaulipas", "hebei"]);
const readings = (text: string) =>
  captureReadings(
    text,
    (w) => PLACES.has(w),
    (t) => /\b(?:ltd|co)\.?$/iu.test(t.trim()),
  ).map((r) => r.text);

describe("the invoice-capture stage alone (captureReadings)", () => {
  it("reads a place after a stray bar as the name's address", () => {
    expect(readings("ACME PRISON | Ciudad Victoria, Tamaulipas")).toEqual(["ACME PRISON, Ciudad Victoria, Tamaulipas"]);
  });
  it("does not read goods, a second supplier or a figure after a bar as a place", () => {
    expect(readings("ACME MACHINERY | Diesel engines")).toEqual([]);
    expect(readings("Acme Ltd | Beta Trading Co")).toEqual([]);
    expect(readings("Acme Ltd | 12 Main St, Hebei")).toEqual([]);
  });
  it("reads the name before a letterhead's city and province, only without a legal form", () => {
    expect(readings("Acme Machinery Factory Foshan City Sichuan Province")).toEqual(["Acme Machinery Factory"]);
    expect(readings("Acme Machinery Factory Foshan City Shandong")).toEqual(["Acme Machinery Factory"]);
    expect(readings("Acme Machinery Co. Foshan City Shandong")).toEqual([]);
    expect(readings("Acme Machinery Factory Foshan City Ontario")).toEqual([]); // not a place of the tables
  });
  it("reads the vessel after an owner's 'for F/V'", () => {
    expect(readings("Acme Fishery Ltd. for F/V Lucky Star")).toEqual(["F/V Lucky Star"]);
    expect(readings("Acme Fishery Ltd. for fishing gear")).toEqual([]);
  });
  it("the precheck passes cells without a bar, a city word or a lead", () => {
    expect(mayHaveCaptureParts("Acme Supplies Ltd")).toBe(false);
    expect(mayHaveCaptureParts("Acme | Beta")).toBe(true);
  });
});

describe("the capture's labels and notes (cell-anatomy.json)", () => {
  it("sets Supplier (captured):, Remit to: and (verify), [low confidence] aside", () => {
    for (const [cell, name] of [
      ["Supplier (captured): Acme Tea Farm", "Acme Tea Farm"],
      ["Remit to: Acme Tea Farm", "Acme Tea Farm"],
      ["Acme Tea Farm (verify)", "Acme Tea Farm"],
      ["Acme Tea Farm [low confidence]", "Acme Tea Farm"],
    ]) {
      const a = readCellAnatomy(cell);
      expect([cell, a.parts.filter((p) => p.role === "name").map((p) => p.text)]).toEqual([cell, [name]]);
    }
  });
});

describe("through the screener", () => {
  const screener = new Screener(bundledDataset());
  const screen = (name: string) => screener.screen({ name, country: "", product: "" });
  it("finds the listed names behind the capture's marks at High", () => {
    for (const [cell, id] of [
      [
        "Bill from: STATE PENITENTIARY | Ciudad Victoria, Tamaulipas [low confidence]",
        "finding-1953-12-28-state-penitentiary-ciudad-victoria",
      ],
      ["Zi Gong Machinery Factory Zigong City Sichuan Province", "hist-unknown-date-zi-gong-machinery"],
      ["Supplier (captured): Miao Chi Tea Farm (verify)", "hist-unknown-date-miao-chi-tea-farm"],
    ] as const) {
      const r = screen(cell);
      expect([cell, r.risk, r.match?.listing.id]).toEqual([cell, "high", id]);
    }
  });
  it("does not flag clean suppliers written so", () => {
    for (const cell of [
      "Invoice from: Acme Office Supplies | Leeds",
      "Remit to: Northern Fishery Ltd. for F/V Morning Star",
      "Staples Supply Co Foshan City Guangdong",
    ]) {
      expect([cell, screen(cell).risk]).toEqual([cell, "none"]);
    }
  });
});
