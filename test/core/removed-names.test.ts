import { Screener, bundledDataset, type Listing } from "../../src/core";
import { markRemovedNames } from "../../src/core/dataset/removed-names";

/**
 * CBP's Kathmandu carpet order (1998) is "Partially Modified": Everest Carpet, K.K. Carpet Industries and
 * Norsang Carpet Industries were removed from it on 6 Oct 1998, Annapurna Carpet on 23 Jul 2021. The order
 * stays in force for Kumar, Singhe and Valley Carpet. A removed firm is Lifted, not High.
 */
const dataset = bundledDataset();
const screener = new Screener(dataset);
const carpets = dataset.listings.find((l) => l.id === "hist-unknown-date-kathmandu-carpets")!;

describe("names removed from a partly modified order", () => {
  it.each([
    ["Everest Carpet", "06 Oct 1998"],
    ["K.K. Carpet Industries", "06 Oct 1998"],
    ["Norsang Carpet Industries Pvt. Ltd.", "06 Oct 1998"],
    ["Annapurna Carpet", "23 Jul 2021"],
  ])("%s is Lifted, and the note says since when", (name, date) => {
    const r = screener.screen({ name });
    expect(r.risk).toBe("lifted");
    expect(r.match?.listing.id).toBe(carpets.id);
    expect(r.note).toContain(`itself is no longer covered: removed from the order on ${date.replace(/^0/, "")}`);
  });

  it.each(["Kumar Carpet Pvt.", "Singhe Carpet Pvt. Ltd.", "Valley Carpet"])("%s, still covered, is High", (name) => {
    const r = screener.screen({ name });
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(carpets.id);
    expect(r.note).not.toContain("no longer covered");
  });

  it("the bundled dataset marks exactly the four removed firms", () => {
    expect(carpets.names.filter((n) => n.removed).map((n) => n.name)).toEqual([
      "Norsang Carpet Industries Pvt., Ltd.",
      "Annapurna Carpet",
      "Everest Carpet",
      "K.K. Carpet Industries",
    ]);
    expect(dataset.listings.filter((l) => l.names.some((n) => n.removed)).map((l) => l.id)).toEqual([carpets.id]);
  });

  it("marks whole listed names only: not a part of a longer name, not one word, not the published name", () => {
    const listing: Listing = {
      ...carpets,
      names: [
        { name: carpets.name, kind: "primary" },
        { name: "Carpet Industries", kind: "alias" },
        { name: "Everest", kind: "alias" },
        { name: "Everest Carpet", kind: "alias" },
        { name: "Everest Carpet Works", kind: "alias" },
      ],
    };
    const marked = markRemovedNames(listing);
    expect(marked.names.filter((n) => n.removed).map((n) => n.name)).toEqual(["Everest Carpet"]);
    expect(markRemovedNames(marked)).toEqual(marked);
  });

  it("a strong match on a removed name does not hide another listing in force", () => {
    const other: Listing = {
      ...carpets,
      id: "wro-test-everest",
      name: "Everest Carpet",
      names: [{ name: "Everest Carpet", kind: "primary" }],
      statusHistory: [],
      status: "active",
    };
    const both = new Screener({ ...dataset, listings: [...dataset.listings, other] });
    const r = both.screen({ name: "Everest Carpet" });
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe("wro-test-everest");
  });
});
