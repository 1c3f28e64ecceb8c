import expenseJson from "../../src/data/sector/expense-line.json";
import { bundledProductReader } from "../../src/core/sector";
import { bundledExpenseLineReader, ExpenseLineReader, expenseLineReading, type ExpenseLineFile } from "../../src/core/sector/expense-line";
import type { ProductReading } from "../../src/core/sector/products";

// sector-69 (tuned on 2026-12zzn): purchasing-card and expense-claim lines, on texts written for the test, outside every
// labelled file (test/eval/products*.csv). Each group says how the texts read on main d0dc2a4, before.
const reader = bundledProductReader();
const read = (text: string) => [...reader.read(text).goods].sort();
const sorted = (goods: string[]) => [...goods].sort();
const lines = bundledExpenseLineReader();
const reading = (status: ProductReading["status"], goods: string[] = []): ProductReading => ({ status, goods, terms: [] });

describe("expense-line stage: the table", () => {
  test("expense types and receipt markers are not empty; a blank separator or type is refused", () => {
    const file = expenseJson as ExpenseLineFile;
    expect(file.expenseTypes.length).toBeGreaterThan(0);
    expect(file.minFields).toBeGreaterThanOrEqual(3);
    expect(() => new ExpenseLineReader({ ...file, expenseTypes: [" "] })).toThrow(/empty/);
    expect(() => new ExpenseLineReader({ ...file, separator: " " })).toThrow(/blank/);
  });
});

describe("expense-line stage alone", () => {
  test("merchant, expense type and purpose; the type in any case and with any dash", () => {
    expect(lines.read("AMZN Mktp UK*AB12CD | Uniforms & PPE | hard hats x 3")).toEqual({
      merchant: "AMZN Mktp UK*AB12CD",
      expenseType: "Uniforms & PPE",
      purpose: "hard hats x 3",
      receipt: false,
    });
    expect(lines.read("SQ *CORNER CAFE | meals – clients | lunch")?.expenseType).toBe("meals – clients");
    expect(lines.read("TESCO 0101 | Office Pantry | OCR: TESCO SEMI SKIMMED 4PT")?.receipt).toBe(true);
  });

  test("no expense line: two fields, an unknown type, a purpose without letters, no separator", () => {
    expect(lines.read("COTTON ON 0211 | Staff Welfare")).toBeNull();
    expect(lines.read("PO-7 | Dhaka Knit Ltd | Blank tees")).toBeNull();
    expect(lines.read("SCREWFIX 4412 | Tools | 12.99")).toBeNull();
    expect(lines.read("Uniforms & PPE - gloves")).toBeNull();
  });

  test("the reading: the type's goods dropped beside the purpose's, kept when the purpose names none", () => {
    expect(expenseLineReading(reading("goods", ["Garments", "Gloves"]), reading("goods", ["Gloves"]), ["Garments"]).goods).toEqual([
      "Gloves",
    ]);
    expect(expenseLineReading(reading("goods", ["Garments"]), reading("unmapped"), ["Garments"]).goods).toEqual(["Garments"]);
  });

  test("the reading: a service type gives way to goods bought; a meal head stays unless the purpose is a receipt line", () => {
    expect(expenseLineReading(reading("service"), reading("goods", ["Nails"]), []).goods).toEqual(["Nails"]);
    expect(expenseLineReading(reading("unmapped"), reading("goods", ["Coffee"]), []).status).toBe("unmapped");
    expect(expenseLineReading(reading("unmapped"), reading("goods", ["Rice"]), [], true).goods).toEqual(["Rice"]);
  });
});

describe("expense-claim lines through the reader", () => {
  // Before: Garments beside the goods (the expense type read as goods), a service (Repairs & Maintenance), Sugarcane from
  // the merchant (the parking line already read none).
  test("the expense type is no good when a purpose follows", () => {
    expect(read("SCREWFIX 0101 | Uniforms & PPE | safety boots S3 size 8")).toEqual(["Footwear"]);
    expect(read("GRAINGER 100 | Uniforms | nitrile gloves 4 boxes")).toEqual(sorted(["Rubber Gloves", "Gloves"]));
    expect(read("WICKES 0101 | Repairs & Maintenance | 10 bags cement for the shed base")).toEqual(["Cement"]);
  });

  test("a merchant named with a goods word is not the goods", () => {
    expect(read("SUGAR & SPICE DINER (illustrative) | Meals - Clients | dinner with auditors")).toEqual([]);
    expect(read("SALT LAKE PARKING | Parking | 2 hours")).toEqual([]);
  });

  test("an expense type alone is read as before; a meal stays a meal; a receipt line names what was bought", () => {
    expect(read("NEXT 0101 | Uniforms")).toEqual(read("Uniforms"));
    expect(read("SQ *BEAN THERE CAFE | Meals - Internal | coffees for the interview panel")).toEqual([]);
    expect(read("LIDL 0101 | Meals - Internal | OCR: LIDL LONG GRAIN RICE 1KG")).toEqual(["Rice"]);
  });
});

describe("sector-69 words (2026-12zzn)", () => {
  // Before: each unmapped, a service or a false flag ("flowers for the reception desk" read Furniture, the bar Alcoholic
  // Beverages, the airfreight Electronics, the lapel pins Gold).
  test("DIY and builders' merchant words", () => {
    expect(read("Yale deadbolt, satin chrome")).toEqual(["Locks"]);
    expect(read("SPF studs 2x4x10 x 8")).toEqual(["Timber"]);
    expect(read("BBQ briquettes 8kg")).toEqual(["Charcoal"]);
  });

  test("wine by kind, flowers, receipt abbreviations and tea and coffee brands", () => {
    expect(read("Gran Reserva Rioja 75cl")).toEqual(["Alcoholic Beverages"]);
    expect(read("Icewine half bottle")).toEqual(["Alcoholic Beverages"]);
    expect(read("flowers for the reception desk")).toEqual(["Flowers"]);
    expect(read("Sugarpaste flowers for cupcakes")).toEqual([]);
    expect(read("CHKN THIGH FLTS 1KG")).toEqual(["Poultry"]);
    expect(read("PG Tips 80 bags")).toEqual(["Tea"]);
    expect(read("Moccona Dark Roast 200g")).toEqual(["Coffee"]);
    expect(read("casque audio Bluetooth")).toEqual(["Electronics"]);
  });

  test("a bar is hospitality; airfreight is a carriage service; a service award names no service", () => {
    expect(read("MCC 5813 Drinking Places (Alcoholic Beverages)")).toEqual([]);
    expect(reader.read("Airfreight of laptops to Nairobi").status).toBe("service");
    expect(read("leather wallet, long service award")).toEqual(["Leather Goods/Accessories"]);
    expect(read("Engraved gold lapel pins")).toEqual([]);
  });
});
