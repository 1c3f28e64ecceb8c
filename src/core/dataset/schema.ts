import { z } from "zod";

/**
 * The bundled dataset and every imported one pass through this schema before use,
 * so a broken file can never reach the matcher. Error messages name the field path.
 */

export const SCHEMA_VERSION = 2;

/** An https address a buyer can open: scheme, host, optional path; no spaces. */
const HTTPS_ADDRESS = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i;

/**
 * A source is either an https address (optionally followed by a description in brackets or after a
 * space) or a plain description ("barnesrichardson.com 2024-05-17", "Federal Register 58 FR 32745").
 * What no reader can open is refused: http or other schemes, and an address written without its
 * scheme ("github.com/owner/repo/blob/…", "www.example.com/page").
 */
export function sourceProblem(source: string): string | null {
  const s = source.trim();
  if (/^https:\/\//i.test(s)) {
    const address = s.split(/\s/, 1)[0];
    return HTTPS_ADDRESS.test(address) ? null : `"${address}" is not a complete https address`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return `"${s.split(/\s/, 1)[0]}" is not an https address`;
  const bare = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*/i.exec(s);
  if (bare || /^www\./i.test(s)) return `"${(bare?.[0] ?? s).slice(0, 80)}" is an address without https://, so no reader can open it`;
  return null;
}

/**
 * Research remarks that belong in notes, never in a name: a name is matched and shown as published.
 * "(aliases not verified)", "[truncated in source]", "(exact legal name not verified)", "(name unverified)".
 */
const NAME_REMARK = /\[[^\]]*\]|\bnot verified\b|\bunverified\b|\btruncated\b|\bnot confirmed\b|\bfrom memory\b|\?\s*$/i;

export function nameProblem(name: string): string | null {
  const m = NAME_REMARK.exec(name);
  return m ? `holds a research remark ("${m[0].trim()}"), which belongs in the notes, not in a name` : null;
}

const listedNameText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(500)
  .superRefine((s, ctx) => {
    const problem = nameProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const sourceText = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    const problem = sourceProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The official page where a buyer can check the listing today. */
const httpsAddress = z.string().regex(HTTPS_ADDRESS, "must be an https address a buyer can open");

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
  name: listedNameText,
  kind: NameKind,
  /** Former names only: the date the list itself changed this name to the listing's current name, where a source gives it. */
  renamedOn: isoDate.optional(),
  /** Confidence of this name when it differs from the listing's own (e.g. a Chinese name from memory). */
  confidence: Confidence.optional(),
  note: z.string().optional(),
  /**
   * Set when the order no longer covers this name (CBP: "X removed from the order"): the date and the words
   * of the status event. The name still matches, but a match on it is not in force (dataset/removed-names.ts).
   */
  removed: z.object({ date: isoDate.nullable(), description: z.string().min(1) }).optional(),
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
  name: listedNameText,
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
  /** The official page where a buyer can check the listing today; the link on a match cell. */
  verifyUrl: httpsAddress,
  /** Every source, the strongest first: https addresses or plain descriptions. */
  sources: z.array(sourceText).min(1, "must cite at least one source"),
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
