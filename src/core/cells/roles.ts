/**
 * The roles a part of a supplier cell can play, and how each reads in a note. A module of its own, without imports,
 * so that the pane's first download (which shows notes) does not bring in the cell reader and the tables it reads with
 * (src/core/cells/anatomy.ts, the country reader, the normalisation tables): those come with the engine chunk.
 */
export type PartRole =
  /** The supplier's name (or one of several suppliers). */
  | "name"
  /** A trading name: "t/a", "d/b/a", "a/k/a". */
  | "trading_as"
  /** A forwarder or agent: "c/o". Never the supplier. */
  | "care_of"
  /** A person or department: "attn". Never the supplier. */
  | "attention"
  /** A bill of lading's notify party or consignee after the shipper ("NOTIFY: SAME AS CONSIGNEE"). Never the supplier. */
  | "notify"
  /** A forwarder or agent keyed before the maker ("… LTD O/B …", "… AS AGENT FOR …"): screened on its own, never with the maker's words. */
  | "agent"
  /** A vendor or account code. */
  | "code"
  /** An address after the name. */
  | "address"
  /** The Chinese name of a bilingual cell. */
  | "chinese_name"
  /** The Latin-script name of a bilingual cell. */
  | "latin_name"
  /** The parent vendor of a sub-vendor written "Parent : Child", as NetSuite shows them: screened, but the child is the supplier. */
  | "parent"
  /** The goods the register buys, written after the name after a dash or in brackets ("… - GREEN TEA", "… (ALGODÓN)"). */
  | "product"
  /** The supplier's own facility, tier or processing step after a dash, as a facility list writes it ("… – Plant No. 3"). */
  | "facility"
  /** A parent or ultimate owner an enrichment export names after the supplier ("GU: …", "DU: …", "Parent: …"): screened on
   * its own, never with the supplier's words; a match on it alone is at most a possible match (2026-12zx round). */
  | "ultimate"
  /** A distributor the goods are bought through, after "VIA DISTRIBUTOR" in a US federal vendor master: screened on its
   * own, never with the supplier's words; a match on it is at most a possible match (2026-12zzc round). */
  | "distributor";

/** How a part's role reads in a note. */
export const ROLE_LABELS: Record<PartRole, string> = {
  name: "supplier name",
  trading_as: "trading name",
  care_of: "care-of party",
  attention: "contact",
  notify: "notify party",
  agent: "forwarder or agent",
  code: "vendor code",
  address: "address",
  chinese_name: "Chinese name",
  latin_name: "English name",
  parent: "parent vendor",
  product: "product",
  facility: "facility",
  ultimate: "parent or ultimate owner",
  distributor: "distributor",
};
