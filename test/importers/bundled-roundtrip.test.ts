import { bundledDataset } from "../../src/core/dataset/bundled";
import type { Listing } from "../../src/core/dataset/schema";
import { planUpdate, uflpaSectionKey } from "../../src/core/importers";

/**
 * Files written from the bundled dataset's own listings, in the official layouts, must pair with
 * every listing they hold: no duplicates added, nothing reported removed. This guards the merge
 * keys against the real published names (a/k/a strings, "(and one alias: …)", legal forms).
 */

const dataset = bundledDataset();
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const usDate = (d: string) => {
  const [y, m, day] = d.split("-");
  return `${Number(m)}/${Number(day)}/${y}`;
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const longDate = (d: string) => {
  const [y, m, day] = d.split("-");
  return `${MONTHS[Number(m) - 1]} ${Number(day)}, ${y}`;
};
const CSV_STATUS = { active: "Active", partially_active: "Partially Active", inactive: "Inactive" } as const;

it("a CBP CSV holding the bundled CBP orders pairs every row with its listing and changes no known status", () => {
  const orders = dataset.listings.filter((l) => l.list !== "uflpa" && l.dateIssued && l.matchBy === "name" && l.status !== "unknown");
  expect(orders.length).toBeGreaterThan(20);
  const csv = [
    "Effective Date,Calendar Year,Country Code,Country,Merchandise,WRO/Finding,Industry,Status,Press Release,Entity,Remarks",
    ...orders.map((l) =>
      [
        usDate(l.dateIssued!),
        l.dateIssued!.slice(0, 4),
        "",
        quote(l.country ?? ""),
        quote(l.products ?? ""),
        l.list === "cbp_finding" ? "Finding" : "WRO",
        quote(l.industry ?? ""),
        CSV_STATUS[l.status as keyof typeof CSV_STATUS],
        "",
        quote(l.name),
        "",
      ].join(","),
    ),
  ].join("\r\n");
  const plan = planUpdate(dataset, new TextEncoder().encode(csv), { fileName: "roundtrip.csv", today: "2026-11-26" });
  expect(plan.report!.added).toEqual([]);
  expect(plan.report!.matched).toBe(orders.length);
  expect(plan.diff.statusChanged).toEqual([]);
  expect(plan.diff.removed).toEqual([]);
});

it("a UFLPA page holding the bundled UFLPA entities pairs every entity and removes none", () => {
  const entities = dataset.listings.filter((l) => l.list === "uflpa" && l.dateIssued && l.status !== "inactive");
  const bySection = new Map<string, Listing[]>();
  for (const l of entities) {
    const key = uflpaSectionKey(l.section) ?? "v";
    bySection.set(key, [...(bySection.get(key) ?? []), l]);
  }
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const html = `<html><body>${[...bySection]
    .map(
      ([key, listings]) =>
        `<p><strong>Entities</strong> <a href="#">Section 2(d)(2)(B)(${key})</a></p><table class="usa-table"><tr><th>Name of Entity</th><th>Effective Date</th></tr>${listings
          .map((l) => `<tr><td>${escape(l.name)}</td><td>${longDate(l.dateIssued!)}</td></tr>`)
          .join("\n")}</table>`,
    )
    .join("\n")}</body></html>`;
  const plan = planUpdate(dataset, new TextEncoder().encode(html), { fileName: "roundtrip.html", today: "2026-11-26" });
  expect(plan.report!.added).toEqual([]);
  expect(plan.report!.removed).toEqual([]);
  expect(plan.report!.matched).toBe(entities.length);
  expect(plan.diff.statusChanged).toEqual([]);
});
