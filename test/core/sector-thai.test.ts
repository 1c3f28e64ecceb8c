import { bundledProductReader } from "../../src/core/sector";
import { ThaiReader, thaiWords, writesThai } from "../../src/core/sector/thai";

// The Thai stage (docs/sector-risk.md, "Thai registers"), on texts written for the test, outside the batch
// test/eval/products-heldout-2026-12zza.csv: Thai runs split into words with Intl.Segmenter, Latin joined to Thai and
// in CamelCase split, Thai names of goods, services, feeds, heads written first, "for" words and negations.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;

describe("Thai words", () => {
  test("Thai script is recognised", () => {
    expect(writesThai("ปลาทูน่า")).toBe(true);
    expect(writesThai("Canned tuna")).toBe(false);
  });

  test("a Thai run is split into words, apart from the digits and Latin joined to it", () => {
    expect(thaiWords("ปลาทูน่าในน้ำมัน185ก.")).toBe("ปลา ทูน่า ใน น้ำมัน 185 ก .");
  });

  test("CamelCase is split in a Thai text and left alone in any other", () => {
    expect(thaiWords("ผ้าCottonTwill")).toBe("ผ้า Cotton Twill");
    expect(thaiWords("PlayStation 5")).toBe("PlayStation 5");
  });

  test("a text without Thai is returned as it is", () => {
    expect(new ThaiReader(["ปลา"]).read("Frozen tuna loins")).toBe("Frozen tuna loins");
  });

  test("segments that together spell a word of the lexicon are written as the word is alone", () => {
    const thai = new ThaiReader(["ฮาร์ดดิสก์"]);
    expect(thai.read("ฮาร์ดดิสก์ไดรฟ์")).toContain(thaiWords("ฮาร์ดดิสก์"));
  });
});

describe("Thai names of goods", () => {
  test.each([
    ["ปลาซาร์ดีนในซอสมะเขือเทศ155กรัม", ["Fish"]],
    ["กุ้งแวนนาไมแช่แข็งไซส์40/50", ["Shrimp"]],
    ["ปลาหมึกกล้วยแช่แข็ง", ["Shellfish"]],
    ["ปลานิลแล่แช่แข็ง", ["Tilapia (fish)", "Fish"]],
    ["ปลาเค็มตากแห้ง", ["Dried Fish", "Fish"]],
    ["ข้าวหอมมะลิ100%ถุง5กก.", ["Rice"]],
    ["ยางแผ่นรมควันชั้น3", ["Rubber"]],
    ["ถุงมือยางไนไตรล์ไม่มีแป้ง", ["Rubber Gloves", "Gloves"]],
    ["เสื้อยืดคอกลมสีขาวไซส์L", ["Garments"]],
    ["กางเกงยีนส์ผู้ชาย", ["Garments"]],
    ["ผ้าฝ้ายทอมือ", ["Textiles"]],
    ["เส้นด้ายฝ้าย32s", ["Thread/Yarn"]],
    ["สับปะรดกระป๋องในน้ำเชื่อม", ["Pineapples"]],
    ["เนื้อไก่สดแช่แข็ง", ["Poultry"]],
    ["แบตเตอรี่ลิเธียมไอออน18650", ["Lithium-Ion Batteries"]],
    ["น้ำตาลทรายขาวบริสุทธิ์50กก.", ["Sugarcane", "Sugar Beets"]],
    ["เสื้อโปโลPiqueCotton", ["Garments"]],
    ["ผ้าCottonTwill", ["Textiles"]],
  ])("%s", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });
});

describe("Thai services, feeds, heads, whole words and negations", () => {
  test.each(["ค่าขนส่งข้าวสารไปท่าเรือ", "ค่าซ่อมเครื่องคอมพิวเตอร์"])("%s is a service", (text) => {
    expect(reader.read(text).status).toBe("service");
  });

  test.each([
    "อาหารกุ้งเม็ดเล็ก", // shrimp feed
    "ข้าวเกรียบกุ้งทอด", // shrimp crackers
    "น้ำปลาแท้700มล.", // fish sauce
    "ขนมไม่มีน้ำตาล", // sugar-free sweets
    "กล่องกระดาษสำหรับกุ้งแช่แข็ง", // a box for frozen shrimp
    "ถุงพลาสติกใส่ข้าวสาร", // a bag for rice
    "เครื่องสีข้าว", // a rice mill
    "กากน้ำตาลสำหรับหมัก", // molasses
    "สีน้ำตาลเข้ม", // dark brown
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });
});

describe("without Intl.Segmenter", () => {
  test("a Thai run is read as it is, apart from the digits and Latin joined to it", () => {
    const intl = Intl as unknown as { Segmenter?: unknown };
    const saved = intl.Segmenter;
    try {
      delete intl.Segmenter;
      jest.isolateModules(() => {
        const thai = require("../../src/core/sector/thai") as typeof import("../../src/core/sector/thai");
        expect(thai.thaiWords("ถุงมือไนไตรล์200ชิ้น")).toBe("ถุงมือไนไตรล์ 200 ชิ้น");
      });
    } finally {
      intl.Segmenter = saved;
    }
  });
});
