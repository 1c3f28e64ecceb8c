import { bundledProductReader } from "../../src/core/sector";
import { bundledLinePrefixReader } from "../../src/core/sector/line-prefix";

// review-products-11: defects found in the sector-65 and sector-66 rounds, on texts written for the test, outside every
// labelled file (test/eval/products*.csv). Each group says how the texts read on main 1bab459, before.
const reader = bundledProductReader();
const read = (text: string) => reader.read(text);
const prefix = bundledLinePrefixReader();

describe("a count or a year before an item in capitals is no Product and Service Code (line-prefix.json notBareCodes)", () => {
  // On 1bab459: each read as a PSC group title ("NITRILE GLOVES") and an item ("BOX OF 100"), so no good at all.
  test.each([
    ["2024 NITRILE GLOVES - BOX OF 100", "Gloves"],
    ["2025 OFFICE CHAIRS - ERGONOMIC", "Furniture"],
    ["1000 PCS COTTON T-SHIRTS - BLUE", "Garments"],
    ["2500 NITRILE GLOVES - LARGE", "Gloves"],
    ["1200 LAPTOPS - DELL LATITUDE", "Electronics"],
  ])("%s", (text, good) => {
    expect(prefix.codeTitle(text)).toBeNull();
    expect(read(text).goods).toContain(good);
  });
  test("real PSC classes still read as a code and its title", () => {
    expect(prefix.codeTitle("8955 COFFEE, TEA, AND COCOA - COCOA, HOT, INSTANT MIX")?.title).toBe("COFFEE, TEA, AND COCOA");
    expect(prefix.codeTitle("2020 RIGGING AND RIGGING GEAR - ROPE, NYLON")?.code).toBe("2020");
    expect(prefix.codeTitle("8415 CLOTHING, SPECIAL PURPOSE - APRON, COOKS")?.code).toBe("8415");
    expect(read("8955 COFFEE, TEA, AND COCOA - COCOA, HOT, INSTANT MIX").goods).toEqual([]);
  });
});

describe("notServices and unless phrases that cancelled too much (terms.json)", () => {
  // On 1bab459: Electronics and Solar Modules ('emergency service' taken for a buyer's name, as 'Emergency Services').
  test.each(["Emergency service for laptops", "24/7 emergency service - solar panels"])("%s is a service", (text) => {
    expect(read(text).status).toBe("service");
  });
  test("Emergency Services as the buyer still names no service", () => {
    expect(read("Handheld radio terminals - Emergency Services").goods).toEqual(["Electronics"]);
  });
  // On 1bab459: service ('concession' as a concession contract), as the labelled cinema and circus rows read goods
  // bought for the concession stand.
  test("goods for a concession stand", () => {
    expect(read("Popcorn kernels 25kg - concession stand").goods).toContain("Corn");
    expect(read("Cleaning of the concession stand").status).toBe("service");
    expect(read("Bus shelter advertising concession").status).toBe("service");
  });
  // On 1bab459: Cotton alone ('uniform manufacture' cancelling the garment entry), while the fabric for it stays no garment.
  test("a uniform maker's garments", () => {
    expect(read("Uniform manufacture - cotton polo shirts").goods).toContain("Garments");
    expect(read("Ripstop fabric (nylon/cotton) for uniform manufacture").goods).not.toContain("Garments");
  });
});

describe("an order document's name is no goods cue (terms.json notGoodsCues)", () => {
  // On 1bab459: Garments and Electronics ('purchase' in the document's name taken for a purchase of goods).
  test.each(["PURCHASE ORDER - UNIFORM RENTAL", "Purchase order - laptop repair", "Purchase requisition: cleaning of office chairs"])(
    "%s is a service",
    (text) => {
      expect(read(text).status).toBe("service");
    },
  );
  test("a purchase of goods still supplies them", () => {
    expect(read("Purchase of laptops incl. repair warranty").goods).toEqual(["Electronics"]);
    expect(read("PURCHASE ORDER - COTTON T-SHIRTS").goods).toEqual(["Garments"]);
  });
});
