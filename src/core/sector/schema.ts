/**
 * The bundled List of Goods Produced by Child Labor or Forced Labor (US Department of Labor, the "TVPRA
 * List"): one entry per good and country, with DOL's labour flags. Kept apart from the WRO dataset
 * (src/core/dataset/schema.ts): the List names goods and countries, never firms, and never changes a WRO
 * risk label. Validated at load and in tests; an import that does not pass is refused.
 */
import { z } from "zod";

const alpha2 = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code");

export const SectorEntrySchema = z
  .object({
    /** DOL's name of the good, verbatim ("Rubber Gloves", "Tantalum ore (coltan)"). */
    good: z.string().min(1),
    /** DOL's sector: Agriculture, Manufacturing, Mining, Other. */
    sector: z.string().min(1),
    /** The country as DOL writes it ("Congo, Democratic Republic of the", "Turkey (Türkiye)"). */
    country: z.string().min(1),
    countryCode: alpha2,
    childLabour: z.boolean(),
    forcedLabour: z.boolean(),
    /** DOL's separate Forced_Child_Labor flag: forced child labour (always with both flags above). */
    forcedChildLabour: z.boolean(),
    /**
     * Listed through supply-chain tracing: the good is made with an input produced with forced or child
     * labour. `good` is the input (from src/data/sector/derived-inputs.json; null when not known).
     */
    inputFrom: z
      .object({ country: z.string().min(1), countryCode: alpha2, good: z.string().min(1).nullable() })
      .strict()
      .nullable(),
  })
  .strict()
  .refine((e) => e.childLabour || e.forcedLabour || e.inputFrom !== null, {
    message: "an entry must be listed for child labour, forced labour or a listed input",
  })
  .refine((e) => !e.forcedChildLabour || (e.childLabour && e.forcedLabour), {
    message: "forced child labour is listed with both child and forced labour",
  });

export const SectorListSchema = z
  .object({
    kind: z.literal("dol-list-of-goods"),
    schemaVersion: z.literal(1),
    title: z.string().min(1),
    publisher: z.string().min(1),
    /** The List's edition (the year DOL published it). */
    edition: z.number().int().min(2009).max(2100),
    editionNote: z.string(),
    /** When DOL published that edition, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
    published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    source: z
      .object({
        /** DOL's official page for the List: what a buyer opens. */
        page: z.string().regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i, "an https:// address"),
        /** The file the entries were read from, and its SHA-256. */
        file: z.string().min(1),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable(),
        licence: z.string().min(1),
      })
      .strict(),
    /** verified: read from DOL's own data; secondary: from a third party's copy; unverified: otherwise. */
    confidence: z.enum(["verified", "secondary", "unverified"]),
    entries: z.array(SectorEntrySchema).min(1),
  })
  .strict()
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const [i, e] of list.entries.entries()) {
      const key = `${e.good}\u0000${e.countryCode}`;
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["entries", i], message: `"${e.good}" is listed twice for ${e.countryCode}` });
      seen.add(key);
    }
  });

export type SectorEntry = z.infer<typeof SectorEntrySchema>;
export type SectorList = z.infer<typeof SectorListSchema>;

/** The labels the "Sector risk" column holds; "" when none applies. */
export type SectorLabel = "Forced labour" | "Child labour" | "Forced and child labour" | "Input risk";
export const SECTOR_LABELS: readonly SectorLabel[] = ["Forced and child labour", "Forced labour", "Child labour", "Input risk"];

/** Validates a List; throws an Error naming the first problems. */
export function validateSectorList(value: unknown): SectorList {
  const result = SectorListSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`);
  throw new Error(`The List of Goods data is not valid: ${problems.join("; ")}`);
}
