import { columnLetter } from "../excel/address";
import { UsageError } from "./errors";

// Column letters are the adapter's pure A1 helpers; the CLI names columns the way Excel does.
export { columnLetter };

export type ColumnRole = "supplier" | "country" | "product";

/** "A" → 0, "aa" → 26; null when the text is not a column letter within Excel's 16,384 columns. */
export function columnIndexFromLetter(text: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return null;
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16384 ? n - 1 : null;
}

/** Header text folded for comparison: case, accents, punctuation and spacing do not matter. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function describeHeaders(headers: readonly string[]): string {
  // Headers often hold line breaks ("Supplier\nname"); one line per header keeps the message readable.
  const listed = headers.map((h, i) => `${columnLetter(i)} "${h.replace(/\s+/g, " ")}"`).filter((_, i) => headers[i] !== "");
  return listed.length ? listed.join(", ") : "(the header row is blank)";
}

/**
 * Resolves --column and friends: a header text (case-insensitive) wins over a column letter,
 * because a header really named "B" or "ID" is what the user most likely meant.
 */
export function resolveColumn(spec: string, headers: readonly string[], option: string): number {
  const wanted = normaliseHeader(spec);
  const byHeader = headers.findIndex((h) => h.trim().toLowerCase() === spec.trim().toLowerCase());
  if (byHeader !== -1) return byHeader;
  const byFoldedHeader = wanted === "" ? -1 : headers.findIndex((h) => normaliseHeader(h) === wanted);
  if (byFoldedHeader !== -1) return byFoldedHeader;
  const byLetter = columnIndexFromLetter(spec.trim());
  if (byLetter !== null) return byLetter;
  throw new UsageError(`${option} "${spec}" matches no header and is not a column letter. The headers are: ${describeHeaders(headers)}.`);
}

/**
 * Header words by role, folded with normaliseHeader. "exact" headers are confident on their own;
 * "words" must appear as whole words in a longer header ("Approved supplier (legal entity)").
 * Several languages are listed because registers are often kept by local buying teams.
 */
const VOCABULARY: Record<ColumnRole, { exact: string[]; words: string[] }> = {
  supplier: {
    exact: [
      "supplier",
      "suppliers",
      "supplier name",
      "vendor",
      "vendors",
      "vendor name",
      "seller",
      "seller name",
      "manufacturer",
      "manufacturer name",
      "maker",
      "producer",
      "company",
      "company name",
      "counterparty",
      "counterparty name",
      "contractor",
      "contractor name",
      "subcontractor",
      "supplier vendor",
      "vendor supplier",
      "supplier legal name",
      "legal name",
      "legal entity",
      "legal entity name",
      "entity",
      "entity name",
      "exporter",
      "shipper",
      "factory",
      "factory name",
      "business name",
      "organisation",
      "organization",
      "partner",
      "partner name",
      "supplier company",
      "trading partner",
      "beneficiary",
      "payee",
      // French, German, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Swedish, Danish/Norwegian
      "fournisseur",
      "nom du fournisseur",
      "raison sociale",
      "fabricant",
      "lieferant",
      "lieferantenname",
      "hersteller",
      "firma",
      "firmenname",
      "proveedor",
      "nombre del proveedor",
      "fabricante",
      "empresa",
      "fornitore",
      "ragione sociale",
      "fornecedor",
      "nome do fornecedor",
      "leverancier",
      "naam leverancier",
      "dostawca",
      "nazwa dostawcy",
      "tedarikci",
      "tedarikci adi",
      "leverantor",
      "leverandor",
      // Chinese, Japanese, Korean, Vietnamese, Malay/Indonesian
      "供应商",
      "供应商名称",
      "供應商",
      "供應商名稱",
      "厂商",
      "廠商",
      "制造商",
      "製造商",
      "公司名称",
      "公司名稱",
      "仕入先",
      "仕入先名",
      "取引先",
      "取引先名",
      "サプライヤー",
      "メーカー",
      "공급업체",
      "공급업체명",
      "거래처",
      "nha cung cap",
      "ten nha cung cap",
      "pembekal",
      "nama pembekal",
      "pemasok",
      "nama pemasok",
    ],
    words: [
      "supplier",
      "vendor",
      "seller",
      "manufacturer",
      "counterparty",
      "contractor",
      "company",
      "fournisseur",
      "lieferant",
      "proveedor",
      "fornitore",
      "fornecedor",
      "leverancier",
      "供应商",
      "供應商",
      "仕入先",
      "取引先",
    ],
  },
  country: {
    exact: [
      "country",
      "country of origin",
      "origin country",
      "origin",
      "country origin",
      "supplier country",
      "vendor country",
      "manufacturer country",
      "country region",
      "country territory",
      "coo",
      "made in",
      "country of manufacture",
      "country of production",
      "pays",
      "pays d origine",
      "land",
      "herkunftsland",
      "pais",
      "pais de origen",
      "paese",
      "paese di origine",
      "国家",
      "原产国",
      "原產國",
      "国",
      "原産国",
      "국가",
      "negara",
    ],
    words: ["country", "origin", "pays", "land", "pais", "paese"],
  },
  product: {
    exact: [
      "product",
      "products",
      "product category",
      "category",
      "commodity",
      "commodities",
      "goods",
      "description of goods",
      "goods description",
      "product description",
      "item description",
      "item",
      "items",
      "material",
      "materials",
      "merchandise",
      "spend category",
      "procurement category",
      "commodity code description",
      "product type",
      "product service",
      "products services",
      "produit",
      "produits",
      "catégorie",
      "categorie",
      "ware",
      "waren",
      "warengruppe",
      "producto",
      "productos",
      "categoria",
      "prodotto",
      "produto",
      "产品",
      "產品",
      "品名",
      "商品",
      "品目",
      "제품",
      "품목",
      "produk",
      "barang",
    ],
    words: ["product", "products", "commodity", "goods", "category", "merchandise", "produit", "producto"],
  },
};

/** Words that make a header about something else ("Supplier ID", "Vendor country", "WRO match"). */
const DISQUALIFYING_WORDS: Record<ColumnRole, string[]> = {
  supplier: [
    "id",
    "code",
    "number",
    "no",
    "num",
    "nr",
    "ref",
    "reference",
    "country",
    "address",
    "city",
    "email",
    "mail",
    "phone",
    "tel",
    "contact",
    "type",
    "category",
    "date",
    "region",
    "site",
    "status",
    "tax",
    "vat",
    "duns",
    "risk",
    "wro",
    "rating",
    "score",
    "class",
    "classification",
    "currency",
    "value",
    "amount",
    "spend",
    "count",
    "postcode",
    "zip",
    "state",
    "province",
    "website",
    "url",
    "owner",
    "manager",
    "tier",
    "segment",
    "group",
  ],
  country: ["code", "iso", "id", "risk", "wro", "currency", "name"],
  product: ["id", "code", "no", "number", "risk", "wro", "value", "amount", "owner", "manager", "hts", "hs"],
};

/** The three columns this tool writes; never mistaken for input. */
export const OUTPUT_HEADERS = ["WRO risk", "WRO match", "WRO notes"] as const;

export type Detection = { kind: "found"; index: number } | { kind: "none" } | { kind: "ambiguous"; candidates: number[] };

/** Finds the one column that plainly holds the role; "ambiguous" when two are equally plausible. */
export function detectColumn(headers: readonly string[], role: ColumnRole, exclude: readonly number[] = []): Detection {
  const outputs = new Set(OUTPUT_HEADERS.map(normaliseHeader));
  const vocabulary = VOCABULARY[role];
  const exact = new Set(vocabulary.exact.map(normaliseHeader));
  const exactHits: number[] = [];
  const wordHits: number[] = [];
  headers.forEach((header, index) => {
    const folded = normaliseHeader(header);
    if (folded === "" || outputs.has(folded) || exclude.includes(index)) return;
    if (exact.has(folded)) {
      exactHits.push(index);
      return;
    }
    const words = folded.split(" ");
    const disqualified = words.some((w) => DISQUALIFYING_WORDS[role].includes(w));
    if (!disqualified && vocabulary.words.some((w) => words.includes(normaliseHeader(w)))) wordHits.push(index);
  });
  for (const hits of [exactHits, wordHits]) {
    if (hits.length === 1) return { kind: "found", index: hits[0] };
    if (hits.length > 1) return { kind: "ambiguous", candidates: hits };
  }
  return { kind: "none" };
}
