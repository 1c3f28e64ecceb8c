import { Screener, bundledDataset } from "../../src/core";
import { RecentResults } from "../../src/core/screening/recent-results";

const screener = new Screener(bundledDataset());

describe("repeated rows", () => {
  it("give the same result object for the same name, country and product", () => {
    const a = screener.screen({ name: "Supermax Glove Manufacturing Sdn Bhd", country: "Malaysia" });
    expect(screener.screen({ name: "Supermax Glove Manufacturing Sdn Bhd", country: "Malaysia" })).toBe(a);
  });
  it("are remembered by the name as read, so spaces around it do not matter", () => {
    const fresh = new Screener(bundledDataset());
    const a = fresh.screen({ name: "  Supermax Glove Manufacturing Sdn Bhd\t", country: "Malaysia" });
    expect(a.risk).toBe("lifted");
    expect(fresh.screen({ name: "Supermax Glove Manufacturing Sdn Bhd", country: "Malaysia" })).toBe(a);
  });
  it("give one result object for a matched name in every row no rule applies to", () => {
    const fresh = new Screener(bundledDataset());
    const name = "Hoshine Silicon Industry Co., Ltd.";
    const rows = [{ name }, { name, country: "n/a" }, { name, country: "China", product: "silicon metal" }];
    const [a, b, c] = fresh.screenAll(rows);
    expect(a.risk).toBe("high");
    expect(b).toBe(a);
    expect(c).toBe(a);
    // A row in another country keeps an exact match, with a note of its own saying the countries differ.
    const abroad = fresh.screen({ name, country: "Malaysia" });
    expect(abroad.risk).toBe("high");
    expect(abroad.note).toContain("differs from the listing's");
    // In China a rule is checked, and only a rule that fires makes the row's result its own.
    expect(fresh.screen({ name, country: "China", product: "silicon metal" })).toBe(a);
    const cotton = fresh.screen({ name, country: "China", product: "cotton yarn" });
    expect(cotton.ruleHits.map((h) => h.ruleId)).toEqual(["xuar-cotton-tomatoes"]);
    expect(cotton.match?.listing.id).toBe(a.match?.listing.id);
    expect(cotton.note).not.toBe(a.note);
  });
  it("give the same result object for a repeated row a rule applies to", () => {
    const fresh = new Screener(bundledDataset());
    const row = { name: "Acme Cotton Mills", country: "China", product: "cotton yarn" };
    const a = fresh.screen(row);
    expect(a.ruleHits.length).toBeGreaterThan(0);
    expect(fresh.screen({ ...row })).toBe(a);
  });
  it("share one result between rows that match no name and meet the same rules", () => {
    const fresh = new Screener(bundledDataset());
    const a = fresh.screen({ name: "Acme Apparel Co", country: "China", product: "cotton T-shirts" });
    const b = fresh.screen({ name: "Qingdao Knitwear Ltd", country: "China", product: "cotton T-shirts" });
    expect(a.risk).toBe("review");
    expect(a.match).toBeNull();
    expect(b).toBe(a);
    expect(fresh.screen({ name: "Qingdao Knitwear Ltd", country: "China", product: "tomato paste" })).not.toBe(a);
  });
  it("are told apart by country and product", () => {
    const plain = screener.screen({ name: "Acme Cotton Mills" });
    const withRegion = screener.screen({ name: "Acme Cotton Mills", country: "China", product: "cotton yarn" });
    expect(plain.risk).toBe("none");
    expect(withRegion.risk).toBe("review");
    expect(screener.screen({ name: "Acme Cotton Mills" })).toBe(plain);
  });
  it("never return another row's result when two rows share a slot", () => {
    const recent = new RecentResults();
    const slots = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const name = `Supplier ${i}`;
      const slot = recent.slotOf(recent.keyOf(name));
      const other = slots.get(slot);
      if (other) pair = [other, name];
      else slots.set(slot, name);
    }
    const [first, second] = pair;
    const result = screener.screen({ name: first });
    recent.set(recent.keyOf(first), first, undefined, undefined, result);
    expect(recent.get(recent.keyOf(first), first, undefined, undefined)).toBe(result);
    expect(recent.get(recent.keyOf(second), second, undefined, undefined)).toBeUndefined();
    expect(recent.get(recent.keyOf(first, "China"), first, "China", undefined)).toBeUndefined();
  });
  it("compare the whole text when two texts share a key", () => {
    // The key reads the length and the first and last twelve characters: these two differ only between.
    const first = "Acme Trading Alpha Widgets Company Limited";
    const second = "Acme Trading Omega Widgets Company Limited";
    const recent = new RecentResults();
    expect(recent.keyOf(second)).toBe(recent.keyOf(first));
    const result = screener.screen({ name: first });
    recent.set(recent.keyOf(first), first, undefined, undefined, result);
    expect(recent.get(recent.keyOf(second), second, undefined, undefined)).toBeUndefined();
    expect(recent.get(recent.keyOf(first), first, undefined, undefined)).toBe(result);
  });
  it("keeps a flagged row rather than let a plain one take its slot", () => {
    const recent = new RecentResults();
    const flaggedName = "Hoshine Silicon Industry Co., Ltd.";
    const flaggedKey = recent.keyOf(flaggedName);
    let plainName = "";
    for (let i = 0; !plainName; i++) if (recent.slotOf(recent.keyOf(`Acme ${i}`)) === recent.slotOf(flaggedKey)) plainName = `Acme ${i}`;
    const plainKey = recent.keyOf(plainName);
    const flagged = screener.screen({ name: flaggedName });
    const plain = screener.screen({ name: plainName });
    expect(flagged.risk).toBe("high");
    expect(plain.risk).toBe("none");
    recent.set(flaggedKey, flaggedName, undefined, undefined, flagged);
    recent.set(plainKey, plainName, undefined, undefined, plain);
    expect(recent.get(flaggedKey, flaggedName, undefined, undefined)).toBe(flagged);
    expect(recent.get(plainKey, plainName, undefined, undefined)).toBeUndefined();
    const otherName = "Supermax Glove Manufacturing Sdn Bhd";
    // Another flagged row may take the slot (with a country that lands it there).
    let country = "";
    for (let i = 0; recent.slotOf(recent.keyOf(otherName, country)) !== recent.slotOf(flaggedKey); i++) country = `Country ${i}`;
    const otherKey = recent.keyOf(otherName, country);
    const other = screener.screen({ name: otherName });
    recent.set(otherKey, otherName, country, undefined, other);
    expect(recent.get(otherKey, otherName, country, undefined)).toBe(other);
    expect(recent.get(flaggedKey, flaggedName, undefined, undefined)).toBeUndefined();
  });
  it("match a name once for all its countries and products, and apply the rules to each row", () => {
    const fresh = new Screener(bundledDataset());
    const name = "Xinjiang Junggar Cotton and Linen Co., Ltd.";
    const plain = fresh.screen({ name });
    const withProduct = fresh.screen({ name, country: "China", product: "cotton yarn" });
    const elsewhere = fresh.screen({ name, country: "Malaysia" });
    expect(plain.match?.listing.id).toBe(withProduct.match?.listing.id);
    expect(withProduct.match).toBe(plain.match);
    expect(elsewhere.match?.listing.id).toBe(plain.match?.listing.id);
    expect(elsewhere.note).toContain("the row's country (Malaysia) differs");
    expect(plain.ruleHits.map((h) => h.ruleId)).toEqual(new Screener(bundledDataset()).screen({ name }).ruleHits.map((h) => h.ruleId));
    expect(withProduct.ruleHits.length).toBeGreaterThan(0);
    expect(withProduct.note).not.toBe(plain.note);
  });
  it("only remembers plain text rows", () => {
    const recent = new RecentResults();
    expect(recent.keyOf(42)).toBe(-1);
    expect(recent.keyOf("Acme", { country: "x" })).toBe(-1);
    expect(recent.keyOf("x".repeat(301))).toBe(-1);
    expect(recent.keyOf("Acme", "")).toBe(recent.keyOf("Acme"));
  });
});
