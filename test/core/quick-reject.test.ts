import fc from "fast-check";
import { Screener, bundledDataset, bundledTables, type ScreenInput, type ScreenResult } from "../../src/core";
import { RequiredWordFilter } from "../../src/core/matching/required-words";
import { loadCases } from "../eval/cases";

/**
 * Most supplier names are settled by a quick test of their words (src/core/matching/required-words.ts)
 * instead of the full alignment. The test must never lose a match: screening with and without it must
 * give the same result for every row.
 */
const dataset = bundledDataset();
const tables = bundledTables();
const quick = new Screener(dataset, tables);
const full = new Screener(dataset, tables, { quickReject: false });

function summary(r: ScreenResult) {
  return {
    risk: r.risk,
    score: r.score,
    listing: r.match?.listing.id ?? null,
    others: r.otherMatches.map((m) => `${m.listing.id}:${m.score}`),
    rules: r.ruleHits.map((h) => h.ruleId),
    note: r.note,
  };
}

function expectSame(input: ScreenInput) {
  expect(summary(quick.screen(input))).toEqual(summary(full.screen(input)));
}

const listedNames = dataset.listings.flatMap((l) => l.names.map((n) => n.name));
const words = Array.from(new Set(listedNames.flatMap((n) => n.split(/[\s,.;()]+/)).filter((w) => w.length > 0)));
const extraWords = [
  "Co., Ltd.",
  "Sdn Bhd",
  "Group",
  "Holdings",
  "Textile",
  "International",
  "Xinjiang",
  "(M)",
  "&",
  "No. 3",
  "Branch",
  "Acme",
  "s",
];

/** One of the ways suppliers write a listed word differently, all of which the matcher accepts or should be tested on. */
function perturb(word: string, how: number, at: number): string {
  const i = word.length === 0 ? 0 : at % word.length;
  switch (how) {
    case 0:
      return word + "s";
    case 1:
      return word.endsWith("s") ? word.slice(0, -1) : word;
    case 2:
      return `${word.slice(0, i)} ${word.slice(i)}`;
    case 3:
      return word.slice(0, i) + word.slice(i + 1);
    case 4:
      return word.slice(0, i) + "x" + word.slice(i + 1);
    case 5:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 6:
      return word.slice(0, i) + "e" + word.slice(i);
    case 7:
      return word.toUpperCase();
    default:
      return word;
  }
}

describe("quick rejection loses no match", () => {
  it("on every case of the evaluation set", () => {
    for (const c of loadCases()) expectSame({ name: c.query, country: c.country, product: c.product });
  });

  it("on every listed name, run together, upper-cased and with extra words", () => {
    for (const name of listedNames) {
      expectSame({ name });
      expectSame({ name: name.toUpperCase() });
      expectSame({ name: name.replace(/ /g, "") });
      expectSame({ name: `${name} Trading Co., Ltd.` });
      expectSame({ name: `${name}, Lot 38, Jalan Klang` });
      expectSame({ name: `${name}\nAksu, Xinjiang` });
    }
  });

  it("on listed names with words changed the ways suppliers change them", () => {
    const listedName = fc.constantFrom(...listedNames);
    fc.assert(
      fc.property(
        listedName,
        fc.array(fc.tuple(fc.nat(12), fc.nat(40)), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(...extraWords, ...words), { maxLength: 2 }),
        (name, edits, extra) => {
          const parts = name.split(" ");
          for (const [how, at] of edits) {
            const k = at % parts.length;
            parts[k] = how === 8 && k + 1 < parts.length ? parts[k] + parts.splice(k + 1, 1)[0] : perturb(parts[k], how, at);
          }
          expectSame({ name: [...parts, ...extra].join(" ") });
        },
      ),
      { numRuns: 3000, seed: 2026 },
    );
  });

  it("on Chinese names: listed names inside longer ones, parts of them, spaced, bracketed or mixed with others", () => {
    const chinese = listedNames.filter((n) => /[\u3400-\u9fff]/.test(n));
    expect(chinese.length).toBeGreaterThan(20);
    const pieces = [
      "深圳",
      "宁波",
      "有限公司",
      "股份有限公司",
      "四川分公司",
      "纺织",
      "科技",
      "(株)",
      " ",
      "新疆",
      "兵团",
      "第一师",
      "棉业",
      "硅业",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...chinese),
        fc.nat(20),
        fc.nat(20),
        fc.array(fc.constantFrom(...pieces, ...chinese), { maxLength: 3 }),
        fc.boolean(),
        (name, from, length, extra, before) => {
          const part = name.slice(from % name.length, (from % name.length) + 2 + length);
          expectSame({ name: before ? extra.join("") + part : part + extra.join("") });
          expectSame({ name: [...part].join(" ") });
        },
      ),
      { numRuns: 3000, seed: 19 },
    );
  });

  it("on names made of listed words in any order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...extraWords), { minLength: 1, maxLength: 6 }), (parts) => {
        expectSame({ name: parts.join(" ") });
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});

describe("RequiredWordFilter", () => {
  const filter = new RequiredWordFilter(
    [
      { tokens: ["hoshine", "silicon", "industries"], required: [0, 1], item: "Hoshine" },
      { tokens: ["super", "max"], required: [0, 1], item: "Supermax" },
      { tokens: ["pu"], required: [0], item: "PU" },
      { tokens: ["western", "gold", "gems"], required: [0, 1, 2], item: "Western Gold Gems" },
      { tokens: ["hoshine"], required: [0], item: "Hoshine alone" },
    ],
    (word) => (word === "sil" ? "silicon" : undefined),
    (word) =>
      word === "mianma"
        ? null
        : word === "smartglove"
          ? ["smart", "glove"]
          : word === "maxhoshine"
            ? ["max", "hoshine"]
            : word === "siliconsuper"
              ? ["silicon", "super"]
              : [],
    (word) =>
      ["industries", "gold", "gems", "trading", "foods", "silicone"].includes(word) ? "generic" : word === "ltd" ? "legal" : "distinctive",
    { distinctive: 6, other: 5 },
  );

  it("rejects names that lack a required word", () => {
    expect(filter.mayMatch(["silicon", "trading"])).toBe(false);
    expect(filter.mayMatch(["puebla", "foods"])).toBe(false);
  });
  it("lets through every way a required word can be found", () => {
    expect(filter.mayMatch(["silicon", "hoshine"])).toBe(true);
    expect(filter.mayMatch(["hoshines", "silicon"])).toBe(true);
    expect(filter.mayMatch(["hoshinesilicon"])).toBe(true);
    expect(filter.mayMatch(["hoshinesil"])).toBe(true);
    expect(filter.mayMatch(["hosh", "ine", "silicon"])).toBe(true);
    expect(filter.mayMatch(["hoshone", "silicn"])).toBe(true);
    expect(filter.mayMatch(["supermax"])).toBe(true);
    expect(filter.mayMatch(["supermaxi"])).toBe(false);
    expect(filter.mayMatch(["super", "max"])).toBe(true);
    expect(filter.mayMatch(["p", "u"])).toBe(true);
    expect(filter.mayMatch(["western", "gold", "gem"])).toBe(true);
    expect(filter.mayMatch(["western", "gold"])).toBe(false);
  });
  it("traces a typo only where the matcher allows one", () => {
    // Distinctive words from six letters, read in a distinctive supplier word of five or more.
    expect(filter.possibleNames(["hoshone", "silicon"])).toEqual(["Hoshine", "Hoshine alone"]);
    expect(filter.possibleNames(["hoshine", "silicn"])).toEqual(["Hoshine", "Hoshine alone"]);
    expect(filter.possibleNames(["hoshine", "silicone"])).toEqual(["Hoshine alone"]);
    // "super" has five letters: too short for a typo in a distinctive word.
    expect(filter.mayMatch(["supar", "max"])).toBe(false);
    // Common words from five letters, in any supplier word of four or more but a legal form.
    expect(filter.mayMatch(["western", "gold", "gams"])).toBe(false);
    expect(filter.mayMatch(["westorn", "gold", "gems"])).toBe(true);
  });
  it("names the listed names that remain possible, in the order given", () => {
    expect(filter.possibleNames(["hoshine", "silicon"])).toEqual(["Hoshine", "Hoshine alone"]);
    expect(filter.possibleNames(["supermax", "pu"])).toEqual(["Supermax", "PU"]);
    expect(filter.possibleNames(["acme"])).toEqual([]);
  });
  it("reads a word the matcher cuts in two as its halves, which may join the words beside them", () => {
    expect(filter.possibleNames(["acme", "smartglove"])).toEqual([]);
    expect(filter.possibleNames(["super", "maxhoshine", "silicon"])).toEqual(["Hoshine", "Supermax", "Hoshine alone"]);
    expect(filter.possibleNames(["hoshine", "siliconsuper", "max"])).toEqual(["Hoshine", "Supermax", "Hoshine alone"]);
    expect(filter.possibleNames(["maxhoshine"])).toEqual(["Hoshine alone"]);
  });
  it("lets through any name with a word the matcher may read as several words otherwise", () => {
    expect(filter.possibleNames(["acme", "mianma"])).toBeNull();
    expect(filter.mayMatch(["acme", "mianma"])).toBe(true);
  });
});
