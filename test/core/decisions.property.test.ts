import fc from "fast-check";
import {
  carryForward,
  evaluateRow,
  parseBasisCell,
  supplierKey,
  type DecisionValue,
  type PriorDecision,
  type Subject,
} from "../../src/core/decisions";
import type { Risk, Status } from "../../src/core";

/**
 * Property tests for the safety rules: whatever the user does to the rows between runs (sort, filter, insert,
 * delete) and whatever a dataset update does to the listings, no decision is lost or moved to another supplier.
 */

const SUPPLIERS = ["Acme Ltd", "Acme Inc", "Supermax Corp", "Top Glove", "合盛硅业", "Blue River", "Nordic AB", "Kestrel Pte"];
const LISTINGS = ["wro-a", "wro-b", "uflpa-c", null] as const;

interface ListingFacts {
  status: Status;
  risk: Risk;
}
type World = Map<string, ListingFacts>;

const statusArb = fc.constantFrom<Status>("active", "inactive", "partially_active", "unknown");
const riskFor = (s: Status): Risk => (s === "active" || s === "partially_active" ? "high" : s === "inactive" ? "lifted" : "review");

/** Spelling variants that must keep the same key. */
const variant = (name: string, k: number) => [name, name.toUpperCase(), ` ${name} `, name.replace(/ /g, "  ")][k % 4];

function subject(supplier: string, listingId: string | null, world: World, version: string): Subject {
  if (!listingId) return { supplier, risk: "none", listingId: null, status: null, datasetVersion: version, match: "" };
  const facts = world.get(listingId)!;
  return { supplier, risk: facts.risk, listingId, status: facts.status, datasetVersion: version, match: `${listingId} listing` };
}

const worldArb = fc.tuple(statusArb, statusArb, statusArb).map(
  ([a, b, c]) =>
    new Map<string, ListingFacts>([
      ["wro-a", { status: a, risk: riskFor(a) }],
      ["wro-b", { status: b, risk: riskFor(b) }],
      ["uflpa-c", { status: c, risk: riskFor(c) }],
    ]),
);

const rowArb = fc.record({
  supplier: fc.constantFrom(...SUPPLIERS),
  spelling: fc.nat(3),
  listing: fc.constantFrom(...LISTINGS),
  decision: fc.option(fc.constantFrom<DecisionValue>("cleared", "confirmed", "escalated"), { nil: null }),
});

describe("carryForward (files): no decision lost or moved", () => {
  it("holds over re-ordering, inserted and deleted rows and dataset changes", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 25 }),
        worldArb,
        worldArb,
        fc.array(fc.nat(), { maxLength: 25 }),
        fc.array(fc.boolean(), { maxLength: 25 }),
        fc.array(rowArb, { maxLength: 8 }),
        fc.array(fc.nat(3), { maxLength: 25 }),
        (rows, before, after, order, keep, inserted, relist) => {
          const prior: PriorDecision[] = [];
          rows.forEach((r, i) => {
            if (r.decision)
              prior.push({
                decision: { value: r.decision, by: "u", on: `2026-12-${String((i % 28) + 1).padStart(2, "0")}`, reason: `r${i}` },
                about: subject(variant(r.supplier, r.spelling), r.listing, before, "v1"),
                origin: i + 2,
              });
          });
          // The new file: some rows deleted, the rest shuffled, new rows inserted, and some suppliers now matching another listing.
          const kept = rows.filter((_, i) => keep[i] ?? true);
          const shuffled = kept
            .map((r, i) => ({ r, k: order[i] ?? i }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r);
          const next = [...shuffled, ...inserted].map((r, i) => {
            const listing = relist[i] === 0 ? LISTINGS[(LISTINGS.indexOf(r.listing) + 1) % LISTINGS.length] : r.listing;
            return subject(variant(r.supplier, (r.spelling + i) % 4), listing, after, "v2");
          });

          const out = carryForward(prior, next);
          const placed = out.rows.filter((x) => x !== null).map((x) => x!.prior);
          // Every decision is placed or reported, exactly once.
          expect([...placed, ...out.unplaced].map((p) => p.origin).sort((a, b) => a - b)).toEqual(prior.map((p) => p.origin));
          out.rows.forEach((carried, i) => {
            if (!carried) return;
            // Never on another supplier's row.
            expect(supplierKey(carried.prior.about.supplier)).toBe(supplierKey(next[i].supplier));
            // It stands exactly when the listing, its status and the risk are what it was made about.
            const a = carried.prior.about;
            const unchanged =
              (a.listingId ?? "") === (next[i].listingId ?? "") &&
              a.status === next[i].status &&
              a.risk === next[i].risk &&
              a.match === next[i].match;
            expect(carried.state).toBe(unchanged ? "current" : "outdated");
            expect(parseBasisCell(carried.basisCell)?.decided?.value).toBe(carried.prior.decision.value);
          });
          // A decision is left unplaced only when its supplier has fewer rows than decisions now.
          for (const p of out.unplaced) {
            const key = supplierKey(p.about.supplier);
            const rowsNow = next.filter((s) => supplierKey(s.supplier) === key).length;
            const decisionsForKey = prior.filter((q) => supplierKey(q.about.supplier) === key).length;
            expect(rowsNow).toBeLessThan(decisionsForKey);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

interface SheetRow {
  supplier: string;
  listing: string | null;
  decision: string;
  by: string;
  on: string;
  reason: string;
  basis: string;
}

describe("evaluateRow (sheet): decisions move only with their rows and are never rewritten", () => {
  it("holds over sorting, filtering, inserted and deleted rows and dataset updates", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 20 }),
        worldArb,
        worldArb,
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.array(fc.boolean(), { maxLength: 20 }),
        fc.array(rowArb, { maxLength: 5 }),
        fc.array(fc.nat(3), { maxLength: 25 }),
        (rows, before, after, order, keep, inserted, relist) => {
          const labels: Record<DecisionValue, string> = { cleared: "Cleared", confirmed: "Confirmed – act on it", escalated: "escalated" };
          const run = (sheet: SheetRow[], world: World, version: string) =>
            sheet.map((row) => {
              const out = evaluateRow({
                decisionCell: row.decision,
                byCell: row.by,
                onCell: row.on,
                reasonCell: row.reason,
                basisCell: row.basis,
                now: subject(row.supplier, row.listing, world, version),
              });
              row.basis = out.basisCell; // the only cell a run writes
              return out;
            });
          // Run 1, then the user decides on some rows by hand.
          const sheet: SheetRow[] = rows.map((r) => ({
            supplier: r.supplier,
            listing: r.listing,
            decision: "",
            by: "",
            on: "",
            reason: "",
            basis: "",
          }));
          run(sheet, before, "v1");
          rows.forEach((r, i) => {
            if (r.decision) Object.assign(sheet[i], { decision: labels[r.decision], by: "Ann", on: "2026-12-01", reason: `row ${i}` });
          });
          const snapshot = sheet.map((r) => ({ ...r }));
          run(sheet, before, "v1");
          // Sort (whole rows move), delete some, insert new, then a dataset update and run 3.
          const sorted = sheet
            .map((r, i) => ({ r, k: order[i] ?? i }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r)
            .filter((_, i) => keep[i] ?? true);
          const grown: SheetRow[] = [
            ...sorted,
            ...inserted.map((r) => ({ supplier: r.supplier, listing: r.listing, decision: "", by: "", on: "", reason: "", basis: "" })),
          ];
          // The update also makes some suppliers match another listing (or none, or one where there was none).
          const listingBefore = grown.map((r) => r.listing);
          grown.forEach((r, i) => {
            if (relist[i] === 0) r.listing = LISTINGS[(LISTINGS.indexOf(r.listing as (typeof LISTINGS)[number]) + 1) % LISTINGS.length];
          });
          const outcomes = run(grown, after, "v2");
          grown.forEach((row, i) => {
            const original = snapshot.find((s) => s.reason === row.reason && s.reason !== "");
            if (original) {
              // The user's four cells are exactly as typed, beside the same supplier.
              expect([row.supplier, row.decision, row.by, row.on]).toEqual([
                original.supplier,
                original.decision,
                original.by,
                original.on,
              ]);
              const was = subject(original.supplier, original.listing, before, "v1");
              const now = subject(row.supplier, row.listing, after, "v2");
              expect(listingBefore[i]).toBe(original.listing);
              const unchanged =
                was.listingId === now.listingId && was.status === now.status && was.risk === now.risk && was.match === now.match;
              expect(outcomes[i].state).toBe(unchanged ? "current" : "outdated");
              expect(supplierKey(outcomes[i].about!.supplier)).toBe(supplierKey(row.supplier));
            } else {
              expect(outcomes[i].decision).toBeNull();
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
