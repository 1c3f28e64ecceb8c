import fc from "fast-check";
import { validateDataset } from "../../src/core/dataset/load";
import { Listing } from "../../src/core/dataset/schema";
import { ImportError, parseCbpCsv, parseDatasetJson, parseUflpaHtml, planUpdate, type UpdateFormat } from "../../src/core/importers";
import { baseDataset, bytesOf, fixtureBytes } from "./helpers";

/**
 * The parsers face whatever a user picks in a file dialog. Whatever the bytes, they must either
 * return listings that pass the schema or throw ImportError; and an update must either be refused
 * or produce a complete, valid dataset that still holds every listing it started with.
 */

const opts = { fileName: "f", retrieved: "2026-11-01" };
const runs = { seed: 20261126, numRuns: 150 };

function outcome(fn: () => { entries: { listing: unknown }[] }): "ok" | "refused" {
  try {
    const result = fn();
    expect(result.entries.length).toBeGreaterThan(0);
    for (const e of result.entries) Listing.parse(e.listing);
    return "ok";
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    expect(e.message.length).toBeGreaterThan(10);
    return "refused";
  }
}

/** A fixture with a few bytes replaced, inserted or cut off. */
function mutated(original: Uint8Array, alphabet: number[]) {
  return fc
    .record({
      edits: fc.array(fc.record({ at: fc.nat(original.length - 1), byte: fc.constantFrom(...alphabet), insert: fc.boolean() }), {
        maxLength: 6,
      }),
      cut: fc.option(fc.nat(original.length), { nil: undefined }),
    })
    .map(({ edits, cut }) => {
      let bytes = Array.from(original);
      for (const { at, byte, insert } of edits) {
        if (insert) bytes.splice(at, 0, byte);
        else bytes[at] = byte;
      }
      if (cut !== undefined) bytes = bytes.slice(0, cut);
      return new Uint8Array(bytes);
    });
}

const csvBytes = [0x22, 0x2c, 0x0a, 0x0d, 0x2f, 0x31, 0x41, 0x92, 0xe9, 0x00, 0xff, 0x3b, 0x20];
const htmlBytes = [0x3c, 0x3e, 0x2f, 0x22, 0x28, 0x29, 0x3b, 0x0a, 0x41, 0x31, 0x2c, 0xc3];

describe("importers never throw anything but ImportError, and never return a partial list", () => {
  it("CBP CSV: arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void outcome(() => parseCbpCsv(bytes, opts))),
      runs,
    );
  });

  it("CBP CSV: damaged copies of the fixture", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutated(fixtureBytes("cbp-sample-cp1252.csv"), csvBytes), (bytes) => {
        seen.add(outcome(() => parseCbpCsv(bytes, opts)));
      }),
      runs,
    );
    // Both outcomes must occur, or the property is not exercising anything.
    expect(seen).toEqual(new Set(["ok", "refused"]));
  });

  it("CBP CSV: rows built from the right columns with arbitrary cells", () => {
    const cellText = fc.string({ unit: fc.constantFrom("a", "B", " ", ",", '"', "\n", "/", "1", "é", "a/k/a "), maxLength: 20 });
    const row = fc.tuple(
      fc.oneof(fc.constantFrom("1/2/2021", "12/31/1999"), cellText),
      fc.oneof(fc.constantFrom("WRO", "Finding"), cellText),
      fc.oneof(fc.constantFrom("Active", "Inactive", "Partially Active"), cellText),
      cellText,
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = [
          "Effective Date,WRO/Finding,Status,Entity,Country,Merchandise",
          ...rows.map((r) => [...r.map(quote), "X", "Y"].join(",")),
        ].join("\r\n");
        outcome(() => parseCbpCsv(bytesOf(text), opts));
      }),
      runs,
    );
  });

  it("UFLPA HTML: arbitrary text and damaged copies of the fixture", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => void outcome(() => parseUflpaHtml(bytesOf(`<html>${text}`), opts))),
      runs,
    );
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutated(fixtureBytes("uflpa-sample.html"), htmlBytes), (bytes) => {
        seen.add(outcome(() => parseUflpaHtml(bytes, opts)));
      }),
      runs,
    );
    expect(seen).toEqual(new Set(["ok", "refused"]));
  });

  it("dataset JSON: damaged copies of a valid dataset", () => {
    const json = bytesOf(JSON.stringify(baseDataset()));
    fc.assert(
      fc.property(mutated(json, [0x22, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x30, 0x61]), (bytes) => {
        try {
          validateDataset(parseDatasetJson(bytes, "d.json"));
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      runs,
    );
  });
});

describe("an update is refused or complete", () => {
  const fixtures: [string, UpdateFormat][] = [
    ["cbp-sample-cp1252.csv", "cbp_csv"],
    ["uflpa-sample.html", "uflpa_html"],
  ];
  it.each(fixtures)("%s, damaged", (name, format) => {
    const base = baseDataset();
    const before = JSON.stringify(base);
    fc.assert(
      fc.property(mutated(fixtureBytes(name), format === "cbp_csv" ? csvBytes : htmlBytes), fc.boolean(), (bytes, force) => {
        try {
          const plan = planUpdate(base, bytes, { fileName: name, format, today: "2026-11-26", force });
          validateDataset(plan.next);
          const ids = new Set(plan.next.listings.map((l) => l.id));
          for (const l of base.listings) expect(ids.has(l.id)).toBe(true);
          expect(plan.next.listings.length).toBe(base.listings.length + plan.diff.added.length);
        } catch (e) {
          if (!(e instanceof ImportError)) throw e;
        }
        expect(JSON.stringify(base)).toBe(before);
      }),
      { ...runs, numRuns: 80 },
    );
  });
});

describe("merging keeps what curators wrote (property)", () => {
  const base = baseDataset();
  const pool = [
    "Supermax Corporation Bhd. and its subsidiaries",
    "Fishing Vessel: Yu Long No. 2",
    "Yunnan Machinery, a/k/a Golden Horse",
    "Exemplar Bonechar Plant",
    "New Exemplar Co.",
    "Другой Exemplar",
    "Exemplar Bonechar Plant Ltd",
  ];
  const dates = ["10/21/2021", "5/11/2020", "11/6/1991", "9/30/2019", "1/1/2026"];
  const row = fc.record({
    name: fc.constantFrom(...pool),
    date: fc.constantFrom(...dates),
    type: fc.constantFrom("WRO", "Finding"),
    status: fc.constantFrom("Active", "Inactive", "Partially Active"),
    remarks: fc.constantFrom("", "Modified 2/3/2024", "Revoked"),
  });

  it("never drops a curated name, note or history event, and never loses a listing", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { minLength: 1, maxLength: 8, selector: (r) => `${r.name}|${r.date}|${r.type}` }),
        fc.boolean(),
        (rows, force) => {
          const csv = [
            "Effective Date,WRO/Finding,Status,Entity,Country,Merchandise,Remarks",
            ...rows.map((r) => [r.date, r.type, r.status, `"${r.name}"`, "X", "Y", r.remarks].join(",")),
          ].join("\n");
          let plan;
          try {
            plan = planUpdate(base, bytesOf(csv), { fileName: "p.csv", today: "2026-11-26", force });
          } catch (e) {
            expect(e).toBeInstanceOf(ImportError);
            expect((e as ImportError).code).toBe("unsafe_update");
            expect(force).toBe(false);
            return;
          }
          validateDataset(plan.next);
          const merged = new Map(plan.next.listings.map((l) => [l.id, l]));
          for (const before of base.listings) {
            const after = merged.get(before.id)!;
            expect(after).toBeDefined();
            expect(after.notes).toBe(before.notes);
            expect(after.names.slice(0, before.names.length).map((n) => [n.name, n.kind])).toEqual(
              before.names.map((n) => [n.name, n.kind]),
            );
            expect(after.statusHistory.slice(0, before.statusHistory.length)).toEqual(before.statusHistory);
            if (after.status !== before.status) expect(after.statusHistory.length).toBe(before.statusHistory.length + 1);
          }
          expect(plan.next.listings.length).toBe(base.listings.length + plan.diff.added.length);
        },
      ),
      { seed: 99, numRuns: 200 },
    );
  });
});
