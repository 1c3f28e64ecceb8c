/**
 * The expense-line stage of the product reader: a purchasing-card or expense-claim line exported in fields, the card
 * network's merchant descriptor, the expense type the cardholder chose, then the cardholder's purpose ("AMZN Mktp
 * UK*HX7T21 | Uniforms & PPE | nitrile gloves for site"). The expense type is the finance team's category and the
 * merchant is who was paid: neither names the goods when a purpose follows, so only the purpose is read. A line with
 * no purpose after its expense type is left as it is. The data table is src/data/sector/expense-line.json; the rule is
 * in docs/sector-risk.md, "Expense-claim lines". Pure.
 */
import expenseJson from "../../data/sector/expense-line.json";
import type { ProductReading } from "./products";

export interface ExpenseLineFile {
  /** The field separator (" | "). */
  separator: string;
  /** The fields a line has at least: merchant, expense type, purpose. */
  minFields: number;
  /** Expense types as the exports write them ("Uniforms & PPE", "Meals - Clients", "Fournitures de bureau"). */
  expenseTypes: string[];
  /** Words that open a purpose copied from the receipt ("OCR:"): the receipt's item line names what was bought. */
  receiptMarkers: string[];
}

/** An expense line's parts. */
export interface ExpenseLine {
  merchant: string;
  expenseType: string;
  purpose: string;
  /** Whether the purpose is a receipt's item line ("OCR: ASDA BASMATI RICE 1KG 1.95"). */
  receipt: boolean;
}

const LETTER = /\p{L}/u;
/** An expense type as compared: lower case, one space between words, any dash a hyphen. */
const key = (text: string) => text.trim().toLowerCase().replace(/[–—]/gu, "-").replace(/\s+/gu, " ");

export class ExpenseLineReader {
  private readonly types: Set<string>;

  constructor(private readonly file: ExpenseLineFile) {
    if (file.separator.trim() === "") throw new Error("expense-line.json: the separator is blank");
    for (const t of [...file.expenseTypes, ...file.receiptMarkers])
      if (t.trim() === "") throw new Error("expense-line.json: an empty expense type or receipt marker");
    this.types = new Set(file.expenseTypes.map(key));
  }

  /** The line's merchant, expense type and purpose, or null when it is no expense line with a purpose. */
  read(text: string): ExpenseLine | null {
    // Cheap precheck: the separator must be in the text.
    if (!text.includes(this.file.separator)) return null;
    const fields = text.split(this.file.separator);
    if (fields.length < this.file.minFields) return null;
    // The expense type is a field after the merchant's, with a field holding letters after it.
    for (let i = 1; i < fields.length - 1; i++) {
      if (!this.types.has(key(fields[i]))) continue;
      const purpose = fields
        .slice(i + 1)
        .join(this.file.separator)
        .trim();
      if (!LETTER.test(purpose)) return null;
      const opening = purpose.toLowerCase();
      const receipt = this.file.receiptMarkers.some((m) => opening.startsWith(m.toLowerCase()));
      return { merchant: fields.slice(0, i).join(this.file.separator).trim(), expenseType: fields[i].trim(), purpose, receipt };
    }
    return null;
  }
}

/**
 * The reading of an expense line from three readings: `typed`, of the expense type and the purpose as written (the
 * merchant set aside); `own`, of the purpose alone; `typeGoods`, the goods the expense type names alone.
 * - The expense type's goods are dropped where the purpose names others ("Uniforms & PPE | rigger gloves": Gloves, not
 *   Garments); where the purpose names none, the type says what was bought ("Uniforms | black tees x 10": Garments).
 * - A service expense type does not make goods bought a service ("Repairs & Maintenance | facing bricks x 40": Bricks).
 * - An expense type that is the head of what was bought keeps it so ("Meals - Clients | coffees with supplier": a meal),
 *   but not a receipt's item line (`receipt`: "Meals - Internal | OCR: ASDA BASMATI RICE 1KG": the rice bought).
 */
export function expenseLineReading(
  typed: ProductReading,
  own: ProductReading,
  typeGoods: readonly string[],
  receipt = false,
): ProductReading {
  if (own.goods.length === 0) return typed;
  if (typed.status === "service" || receipt) return own;
  if (typed.goods.length === 0) return typed;
  const goods = typed.goods.filter((g) => !typeGoods.includes(g) || own.goods.includes(g));
  return goods.length === typed.goods.length ? typed : { ...typed, goods };
}

let bundled: ExpenseLineReader | null = null;

/** The expense-line reader for the bundled table. */
export function bundledExpenseLineReader(): ExpenseLineReader {
  bundled ??= new ExpenseLineReader(expenseJson as ExpenseLineFile);
  return bundled;
}
