import { bundledProductReader } from "../../src/core/sector";
import { dStroke, vietnameseTerm, VietnameseReader, writesVietnamese } from "../../src/core/sector/vietnamese";

// The Vietnamese stage, the head-first reading and Vietnamese terms (docs/sector-risk.md, "Vietnamese: tone marks, đ
// and the head first"), on texts written for the test, outside the batch test/eval/products-heldout-2026-12zv.csv:
// đ and the tone marks, words that fold to one ASCII form, the head written first, and accessories, machines,
// services and feeds named before a good.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;

describe("đ and the tone marks", () => {
  test("đ is read as d", () => {
    expect(dStroke("Đồ ngủ đôi")).toBe("Dồ ngủ dôi");
  });

  test("Vietnamese letters and terms", () => {
    expect(writesVietnamese("Áo khoác dù nữ")).toBe(true);
    expect(writesVietnamese("Café crème brûlée")).toBe(false);
    expect(writesVietnamese("Amêndoas de cacau")).toBe(false);
    expect(vietnameseTerm("giày")).toBe(true);
    expect(vietnameseTerm("cà phê")).toBe(true);
    expect(vietnameseTerm("maní")).toBe(false);
    expect(vietnameseTerm("café")).toBe(false);
  });

  test.each([
    ["Đầm maxi đi biển hoa văn", "Garments"],
    ["Dam maxi nu di bien", "Garments"],
    ["Đồ ngủ cotton trẻ em", "Garments"],
    ["Dien thoai di dong Xiaomi Redmi 13", "Electronics"],
    ["Máy tính xách tay Dell Latitude", "Electronics"],
    ["Dép tổ ong trẻ em", "Footwear"],
    ["Gỗ tròn keo lai 20 m3", "Timber"],
    ["Muối hạt sạy khô", "Salt"],
    ["Tỏi cô đơn Lý Sơn", "Garlic"],
    ["Mủ cao su tờ RSS1", "Rubber"],
  ])("%s → %s", (text, good) => {
    expect(goods(text)).toContain(good);
  });
});

describe("words that fold to one ASCII form", () => {
  const vietnamese = new VietnameseReader({
    homographs: [{ good: "giày", otherwise: "paper", settle: ["the thao"] }],
  });

  test("the good's own marks name it; other marks and a bare word alone do not", () => {
    expect(vietnamese.read("giày da")).toBe("giày da");
    expect(vietnamese.read("giấy da")).toBe("paper da");
    expect(vietnamese.read("giay da")).toBe("paper da");
    expect(vietnamese.read("giay the thao")).toBe("giay the thao");
  });

  test.each([
    ["Giấy photo A3 Excel 80gsm", []],
    ["Giay ve sinh cuon 10 cuon", []],
    ["Go soi do xe say 5/4", ["Timber"]],
    ["Sợi cotton chải kỹ Ne 30", ["Thread/Yarn"]],
    ["Soi polyester 150D", ["Thread/Yarn"]],
    ["Đũa tre tiệt trùng", []],
  ])("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });

  test("a bare word settled by the text names the good", () => {
    expect(goods("Giay the thao nam size 42")).toContain("Footwear");
    expect(goods("Dua xiem xanh")).toContain("Coconuts");
  });
});

describe("the head first", () => {
  test.each([
    ["Áo khoác gió vải dù", ["Garments"]],
    ["Quần jean nam vải denim", ["Garments"]],
    ["Vay xoe be gai cotton", ["Garments"]],
    ["Túi đay đựng gạo 25kg", ["Jute (textiles)"]],
    ["Bao đay đựng hạt điều", ["Jute (textiles)"]],
    ["Tủ quần áo gỗ sồi 4 cánh", ["Furniture"]],
  ])("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });

  test.each([
    "Đế giày thể thao phylon",
    "Dây giày dẹt trắng 140cm",
    "Keo dán giày gốc nước",
    "Ốp lưng điện thoại Samsung A55",
    "Máy xay cà phê hạt",
    "Móc treo quần áo gỗ",
    "Gia công sấy tiêu đen",
    "Giám định hàng cà phê nhân",
    "Vệ sinh máy tính văn phòng",
    "Sửa điện thoại thay pin",
    "Thức ăn tôm giống",
    "Cám gạo sấy",
    "Vỏ hạt điều ép dầu",
  ])("%s names no good", (text) => {
    expect(goods(text)).toEqual([]);
  });

  test("a phrase that is not Vietnamese is read head last", () => {
    expect(goods("Coffee machine descaler")).toEqual([]);
    expect(goods("Cotton fabric polo shirts")).toEqual(["Garments"]);
  });
});
