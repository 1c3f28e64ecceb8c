/**
 * A B2B marketplace storefront's data around a supplier's name (2026-12zy round, matching-55): a buyer's sourcing
 * shortlist built from Alibaba.com, Made-in-China.com, Global Sources and 1688.com, the storefront's title copied with
 * its badges, years, response rate, rating, `Main products:` text, URL and the buyer's own notes.
 *
 * - Marks run in after the name or after a dash or a bar: badges ("★ Verified Supplier ★", "Gold Supplier", "Diamond
 *   Member"), years ("12 YRS"), response time and rate ("≤3h", "Response rate 95.6%"), ratings ("4.6/5.0 (11 reviews)"),
 *   `Main products:` text, storefront URLs and shop subdomains ("chachafood.en.alibaba.com").
 * - Fields of their own after a dash or a bar: a business type ("Manufacturer", "Trading Company"), a marketplace's name,
 *   a two-letter country code ("SO"), the buyer's notes ("sample ok", "MOQ 500 pcs", "quoted 2.10 USD/kg",
 *   "blacklisted?").
 * - The storefront's product title after a dash behind the name: a field that opens in lower case or with a figure
 *   ("- rotary drilling rig", "- 100T punch press") in a cell whose name has a capital; or a capitalised field with a
 *   goods word and a grade or another storefront mark in the cell ("- Sulphuric Acid 98% -", "- Galvanized Steel Pipe -
 *   MOQ 10 tons"). A field with a word of a firm's or unit's name (nameWords: "- Shenyang Branch", "- 204 Farm") is
 *   never a product; a field of capitalised words without a goods word (a town, a province) is kept with the name and
 *   read by the anatomy's own stages, as a town after a dash that tells a sister company apart is.
 * - 1688 shop words joined to a Chinese name ("…有限公司旗舰店", "工厂店", "厂家直销").
 *
 * storefrontNameReadings gives the name with the storefront data after it cut off; src/core/cells/anatomy.ts screens it
 * and reads it for its own parts. A lone word before a product title is not read off (as before a tier note,
 * review-names-1); before an explicit mark (a badge, `Main products:`, a buyer's note) it is.
 * Data: src/data/cells/storefront.json. Pure.
 */
import table from "../../data/cells/storefront.json";
import { fieldsOf, wordCount } from "./fields";
import { alternation, escape, keyAlternation, TWO_LETTERS } from "./word-patterns";

export interface StorefrontReading {
  text: string;
  /** Where the reading starts in the cell. */
  start: number;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const words = (list: readonly string[]) => `(?:${alternation(list)})`;

const RESPONSE = String.raw`≤\s?\d{1,2}\s?h${E}|${B}response\s+(?:rate|time)${E}`;
const RATING = String.raw`${B}\d(?:\.\d)?\s?\/\s?5(?:\.0)?${E}`;
const YEARS = String.raw`${B}\d{1,2}\s?yrs?${E}`;
const MAIN_PRODUCTS = `${B}${words(table.mainProductsLabels)}\\s*[:：]`;
const BADGE_WORDS = table.badges.filter((b) => b.includes(" "));
const BADGE = `${B}${words(BADGE_WORDS)}${E}`;
/** A mark that ends the name wherever it stands, run in or not. */
const RUN_IN = new RegExp(`★|${RESPONSE}|${RATING}|${YEARS}|${MAIN_PRODUCTS}|${BADGE}`, "iu");
/**
 * A storefront URL, or a shop subdomain from the start of a word (one found inside a word has one at that word's start
 * too, so the leftmost is the same): the marks' URL alternatives, apart, so that they run only on a cell that can hold
 * one (a dot or "://").
 */
const RUN_IN_URL = new RegExp(
  String.raw`(?:https?:\/\/|www\.)\S+|(?<![\w-])[\w-]+(?:\.[\w-]+)*\.(?:alibaba|made-in-china|1688|globalsources|aliexpress)\.com\S*`,
  "iu",
);
const SPACE = /\s/u;

/**
 * What every cell with a run-in mark holds (RUN_IN's necessary condition, a cheap pattern without look-behinds): a star,
 * "≤" or a figure (response time, rating, years), "response", a colon (after a main-products label), or a piece of a
 * badge (wordKeys, from the data). Exported for its tests.
 */
export const RUN_IN_NEEDS = new RegExp(`[★≤\\d:：]|response|${keyAlternation(BADGE_WORDS)}`, "iu");
/** What every storefront URL (RUN_IN_URL) holds: "://", "www." or ".com". Exported for its tests. */
export const RUN_IN_URL_NEEDS = /:\/\/|www\.|\.com/iu;

/** Where a run-in mark begins, with the spaces before it, or -1. */
function runInAt(cell: string): number {
  // The leftmost of the marks and of a URL, as one pattern of both would give; each pattern only where the cell holds
  // what it needs.
  const mark = RUN_IN_NEEDS.test(cell) ? (RUN_IN.exec(cell)?.index ?? -1) : -1;
  const url = RUN_IN_URL_NEEDS.test(cell) ? (RUN_IN_URL.exec(cell)?.index ?? -1) : -1;
  if (mark < 0 && url < 0) return -1;
  let at = mark < 0 ? url : url < 0 ? mark : Math.min(mark, url);
  while (at > 0 && SPACE.test(cell[at - 1])) at--;
  return at;
}
/** A field that is storefront data: a badge, a business type, a marketplace, a buyer's note, a two-letter country code. */
const MARK_FIELD = new RegExp(
  `^\\s*(?:${words([...table.badges, ...table.businessTypes, ...table.marketplaces])}\\s*$|${words(table.buyerNotes)}(?:\\s|$|[:\\d?])|[A-Z]{2}\\s*$)`,
  "iu",
);
const COUNTRY_CODE = /^\s*[A-Z]{2}\s*$/u;
const NAME_WORD = new RegExp(`${B}${words(table.nameWords)}${E}`, "iu");
const PRODUCT_WORD = new RegExp(`${B}${words(table.productWords)}${E}`, "iu");
/** A grade or model figure in a product title ("98%", "HRB400", "B665", "Gr2"). */
const GRADE = /\d+(?:\.\d+)?\s?%|(?<![\p{L}\p{N}])\p{L}{1,3}\d{1,4}(?![\p{L}\p{N}])/u;
const SHOP_END = new RegExp(`(?:${table.cjkShopWords.map(escape).join("|")})\\s*$`, "u");
const HAN = /\p{Script=Han}/gu;
const HAN_ONE = /\p{Script=Han}/u;
/** A dash between spaces or a bar: where the storefront's fields part. */
const FIELD_BREAK = /\s[-–—]\s|\s*\|\s*/gu;
/** Whether a text holds a field break at all (FIELD_BREAK's test, without its state). */
const ANY_FIELD_BREAK = /\s[-–—]\s|\|/u;

/** The gate's test (src/core/cells/anatomy.ts mayHaveParts): a run-in mark, a field break before storefront data, a
 * 1688 shop word. */
export function hasStorefrontData(cell: string): boolean {
  return storefrontNameReadings(cell).length > 0;
}

/**
 * The name readings of a storefront cell: the name with the storefront data after it cut off. Empty when the cell has
 * none.
 */
export function storefrontNameReadings(cell: string): StorefrontReading[] {
  // The shop words are Chinese: a cell without Chinese script has none (SHOP_END alone would try every position).
  const shop = HAN_ONE.test(cell) ? SHOP_END.exec(cell) : null;
  if (shop) {
    const rest = cell.slice(0, shop.index).trim();
    return (rest.match(HAN) ?? []).length >= 2 ? [{ text: rest, start: cell.length - cell.trimStart().length }] : [];
  }
  const runIn = runInAt(cell);
  const head = runIn > 0 ? cell.slice(0, runIn) : cell;
  // Without a run-in mark and without a field break the cell is one field: nothing to cut.
  if (runIn < 0 && !ANY_FIELD_BREAK.test(head)) return [];
  const fields = fieldsOf(head, FIELD_BREAK);
  const name = fields[0].text;
  if (!TWO_LETTERS.test(name)) return [];
  const markInCell = runIn >= 0 || fields.slice(1).some((f) => MARK_FIELD.test(f.text));
  const nameHasCapital = /\p{Lu}/u.test(name);
  let cut = runIn > 0 ? head.length : -1;
  let explicit = cut >= 0;
  for (const f of fields.slice(1)) {
    const t = f.text.trim();
    if (MARK_FIELD.test(t) && !(COUNTRY_CODE.test(t) && !/^\s*[A-Z]{2}\s*$/.test(f.text))) {
      cut = f.breakAt;
      explicit = true;
      break;
    }
    if (NAME_WORD.test(t)) continue;
    const first = /[\p{L}\p{N}]/u.exec(t)?.[0] ?? "";
    const lowerOrFigure = (/\p{Ll}/u.test(first) && nameHasCapital) || /\p{N}/u.test(first);
    const goods = PRODUCT_WORD.test(t) && (GRADE.test(t) || markInCell || !nameHasCapital);
    if (lowerOrFigure || goods) {
      cut = f.breakAt;
      explicit = false;
      break;
    }
  }
  if (cut < 0) return [];
  const text = cell.slice(0, cut).replace(/[\s,;:\-–—|([（]+$/u, "");
  const start = text.length - text.trimStart().length;
  if (!TWO_LETTERS.test(text) || text.trim() === cell.trim()) return [];
  if (!explicit && wordCount(fields[0].text) < 2) return [];
  return [{ text: text.trim(), start }];
}
