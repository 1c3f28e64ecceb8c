import { z } from "zod";

/**
 * The bundled dataset and every imported one pass through this schema before use,
 * so a broken file can never reach the matcher. Error messages name the field path.
 */

export const SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(s + "T00:00:00Z");
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a real calendar date");

export const ListKind = z.enum(["cbp_wro", "cbp_finding", "uflpa"]);
export type ListKind = z.infer<typeof ListKind>;

/** "unknown" exists because the sources do not always establish whether an order is still in force; we never guess. */
export const Status = z.enum(["active", "partially_active", "inactive", "unknown"]);
export type Status = z.infer<typeof Status>;

/** verified: a primary government text was read; secondary: law-firm, press or third-party copies; unverified: memory or one uncorroborated source. */
export const Confidence = z.enum(["verified", "secondary", "unverified"]);
export type Confidence = z.infer<typeof Confidence>;

export const NameKind = z.enum(["primary", "alias", "former", "subsidiary", "vessel", "owner", "chinese"]);
export type NameKind = z.infer<typeof NameKind>;

export const ListedName = z.object({
  name: z.string().trim().min(1, "must not be empty").max(500),
  kind: NameKind,
  /** Confidence of this name when it differs from the listing's own (e.g. a Chinese name from memory). */
  confidence: Confidence.optional(),
  note: z.string().optional(),
});
export type ListedName = z.infer<typeof ListedName>;

export const StatusEventKind = z.enum([
  "issued",
  "modified",
  "partially_lifted",
  "lifted",
  "revoked",
  "elevated_to_finding",
  "listed",
  "moved_section",
  "challenged",
  "other",
]);
export type StatusEventKind = z.infer<typeof StatusEventKind>;

export const StatusEvent = z.object({
  date: isoDate.nullable(),
  kind: StatusEventKind,
  description: z.string().min(1),
});
export type StatusEvent = z.infer<typeof StatusEvent>;

export const Listing = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][^\s]{0,199}$/, "must start with a lower-case letter or digit and hold no spaces (at most 200 characters)"),
  list: ListKind,
  /** false where the sources do not say whether a CBP order is a WRO or a Finding. */
  listVerified: z.boolean(),
  dateIssued: isoDate.nullable(),
  /** The entity or area name as published. */
  name: z.string().trim().min(1, "must not be empty"),
  /** Every name the listing can be matched by, the published one first. */
  names: z.array(ListedName).min(1, "must hold at least the published name"),
  /** "name": matched by supplier name; "rule": a region- or product-wide order applied through the rules. */
  matchBy: z.enum(["name", "rule"]),
  country: z.string().nullable(),
  region: z.string().nullable(),
  products: z.string().nullable(),
  industry: z.string().nullable(),
  scope: z.string().nullable(),
  section: z.string().nullable(),
  status: Status,
  statusDate: isoDate.nullable(),
  /** The source's own words on status, kept verbatim for audit. */
  statusText: z.string().min(1),
  statusHistory: z.array(StatusEvent),
  sources: z.array(z.string().min(1)).min(1, "must cite at least one source"),
  confidence: Confidence,
  notes: z.string().nullable(),
});
export type Listing = z.infer<typeof Listing>;

/** A region-wide or product-wide order, applied to the row's country, region and product, never to the name alone. */
export const Rule = z.object({
  id: z.string().min(1),
  /** The listing that establishes the rule (its dates, status and sources). */
  listingId: z.string().min(1),
  /** Country names or ISO codes, lower-case; the rule only fires for these countries (or a region keyword). */
  countries: z.array(z.string().min(1)),
  /** Words that place a supplier in the region: in its name, country or region cell. */
  regionKeywords: z.array(z.string().min(1)),
  /** Empty means all products. */
  productKeywords: z.array(z.string().min(1)),
  /** "region": needs a region keyword; "country": the whole country is covered. */
  scope: z.enum(["region", "country"]),
  summary: z.string().min(1),
});
export type Rule = z.infer<typeof Rule>;

export const DatasetSource = z.object({
  name: z.string().min(1),
  address: z.string().min(1),
  retrieved: isoDate.nullable(),
});

export const Dataset = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    version: z.string().min(1),
    compiled: isoDate,
    description: z.string().optional(),
    sources: z.array(DatasetSource).min(1, "must list at least one source"),
    listings: z.array(Listing).min(1, "must hold at least one listing"),
    rules: z.array(Rule),
  })
  .superRefine((ds, ctx) => {
    const seen = new Set<string>();
    ds.listings.forEach((l, i) => {
      if (seen.has(l.id)) {
        ctx.addIssue({ code: "custom", path: ["listings", i, "id"], message: `duplicate id "${l.id}"` });
      }
      seen.add(l.id);
    });
    ds.rules.forEach((r, i) => {
      if (!seen.has(r.listingId)) {
        ctx.addIssue({
          code: "custom",
          path: ["rules", i, "listingId"],
          message: `refers to unknown listing "${r.listingId}"`,
        });
      }
    });
  });
export type Dataset = z.infer<typeof Dataset>;
