import { bundledDataset } from "../../src/core/dataset/bundled";
import type { Listing } from "../../src/core/dataset/schema";
import { EngineIdentities, ListingIdentities, identityKeys, nearlyTheSameKey } from "../../src/core/importers";

const dataset = bundledDataset();
const uflpa = dataset.listings.filter((l) => l.list === "uflpa" && l.matchBy === "name");
const named = (name: string): Listing => {
  const l = uflpa.find((x) => x.name === name);
  if (!l) throw new Error(`no UFLPA listing named ${name}`);
  return l;
};
const entry = (name: string, ...aliases: string[]): Listing => ({
  ...named("Camel Group Co., Ltd."),
  id: "uflpa-test-entry",
  name,
  names: [{ name, kind: "primary" }, ...aliases.map((a) => ({ name: a, kind: "alias" as const }))],
});

describe("nearlyTheSameKey: one word spelt slightly differently, nothing else", () => {
  const key = identityKeys().keyOf;
  it.each([
    // "Vocation"/"Vocational" are one word to the engine since abbreviations.json reads them alike: same key, not "nearly".
    ["No. 4 Vocation Skills Education Training Center", "No. 4 Vocational Skills Education Training Center", false],
    ["Xinjiang Habahe Ashele Copper", "Xinjiang Habahe Ashle Copper", true],
    ["Xinjiang Tianmian Foundation Textile", "Xinjiang Tianmien Foundation Textile", true],
    ["Xinjiang Zhongtai Group", "Xinjiang Zhongtai Chemical", false],
    ["Western Gold", "Western Gold Hami Gold Mine", false],
    ["Zhuhai Apex Microelectronics", "Zhuhai Apex Microelectronics", false],
    ["No. 4 Vocation Skills Center", "No. 5 Vocation Skills Center", false],
  ])("%s ~ %s: %s", (a, b, expected) => {
    expect(nearlyTheSameKey(key(a), key(b))).toBe(expected);
  });
});

describe("identity across spellings", () => {
  it("keys: legal forms, plurals and punctuation do not tell names apart", () => {
    const ids = new ListingIdentities(uflpa);
    const found = ids.identify(["COFCO Sugar Holding Co Ltd"]);
    expect(found.kind === "one" && found.listing.name).toBe("COFCO Sugar Holdings Co., Ltd.");
  });

  it("the engine, both ways: a spelling the engine reads alike is the listing", () => {
    const engine = new EngineIdentities(uflpa, dataset);
    const found = engine.identify(entry("Hetian Haolin Hair Accessory Company Limited"));
    expect(found.kind === "one" && found.listing.name).toMatch(/^Hetian Haolin Hair Accessories/);
  });

  it("the engine: a longer name of another entity, or a sister company, is not the listing", () => {
    const onlyWesternGold = new EngineIdentities([named("Western Gold Co., Ltd.")], dataset);
    expect(onlyWesternGold.identify(entry("Western Gold Hami Gold Mine Co., Ltd.")).kind).toBe("none");
    const onlyChemical = new EngineIdentities([named("Xinjiang Zhongtai Chemical Co. Ltd.")], dataset);
    expect(onlyChemical.identify(entry("Xinjiang Zhongtai Group Co. Ltd")).kind).toBe("none");
  });

  it("the engine: names that point at two listings are ambiguous, never one by guess", () => {
    const two = [named("Xinjiang Zhongtai Chemical Co. Ltd."), named("Xinjiang Zhongtai Group Co. Ltd")];
    const engine = new EngineIdentities(two, dataset);
    const found = engine.identify(entry("Xinjiang Zhongtai Chemical Company", "Xinjiang Zhongtai Group Company"));
    expect(found.kind).toBe("ambiguous");
    expect(found.kind === "ambiguous" && found.listings.map((l) => l.name)).toEqual(two.map((l) => l.name));
  });
});
