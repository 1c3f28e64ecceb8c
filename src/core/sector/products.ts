/**
 * Product text → goods of the List, through the term table src/data/sector/terms.json. An unmapped product
 * gives no goods: never a guess. Pure.
 */
import termsJson from "../../data/sector/terms.json";
import { cjkKey } from "../countries/tables";
import { foldText, hasCjk, latinTokens } from "../normalise/text";
import { bundledAttributeLayoutReader, type AttributeLayoutReader } from "./attribute-layout";
import { bundledHeadNounReader, type Governor, type HeadLanguage, type HeadNounReader } from "./head-noun";
import { bundledImitationReader, type ImitationReader } from "./imitation";
import { bundledBrandReader, type BrandReader } from "./brands";
import { bundledSpendLabelReader, type SpendLabelReader } from "./spend-label";
import { bundledExpenseLineReader, expenseLineReading, type ExpenseLineReader } from "./expense-line";
import { bundledLinePrefixReader, type LinePrefixReader } from "./line-prefix";
import { bundledBomLineReader, type BomLineReader } from "./bom-line";
import { bundledSharedModifierReader, type SharedModifierReader } from "./shared-modifier";
import { bundledPackingMediumReader, type PackingMediumReader } from "./packing-medium";
import { bundledCargoDescriptionReader, type CargoDescriptionReader } from "./cargo-description";
import { bundledCompoundReader, germanSpellings, type CompoundReader } from "./compound";
import { bundledJapaneseReader, type JapaneseReader } from "./japanese";
import { bundledTurkishReader, dotlessI, type TurkishReader } from "./turkish";
import { bundledVietnameseReader, dStroke, vietnameseTerm, writesVietnamese, type VietnameseReader } from "./vietnamese";
import { thaiFile, ThaiReader, thaiTable, thaiWords, writesThai } from "./thai";
import { bundledRussianReader, russianTable, type RussianReader } from "./russian";
import type { LanguageTable } from "./language-table";
import { czechTable, lStroke, polishTable } from "./west-slavic";
import { elide, romanceTables } from "./romance";
import { bundledCpvReader, type CpvReader } from "./cpv";

/**
 * A term's spellings: German umlauts also as ae/oe/ue/ss, the Turkish dotless ı as i (as capitals write it), and the
 * Vietnamese đ as d (as ASCII registers write it); Thai split into its words, as the Thai stage splits a text; Cyrillic
 * words as their stems, as the Russian stage writes a text.
 */
const spellings = (text: string): string[] =>
  germanSpellings(lStroke(dotlessI(dStroke(thaiWords(bundledRussianReader().words(elide(text)))))));

export interface TermEntry {
  goods: string[];
  terms: string[];
  unless?: string[];
  material?: boolean;
  note?: string;
}

export interface TermFile {
  services: string[];
  /** Words that show a text with a service word also supplies goods ("Supply and installation of …"). */
  goodsCues?: string[];
  /**
   * Phrases in which a goods cue says the customer provides the goods ("client-supplied", "free issue"): the cue
   * in them does not show that the text supplies goods ("Granite worktop template & fit (client-supplied stone)").
   */
  customerSupplied?: string[];
  /**
   * Names of an order document holding a goods cue ("purchase order", "purchase requisition"): the cue in them names
   * the document, not a supply ("Purchase order - laptop repair" is a service; review-products-11).
   */
  notGoodsCues?: string[];
  /**
   * Phrases holding a service word that name a buyer or a kind of goods, not a service ("Emergency Services", "Cleaning
   * Materials Framework"): the service word in them does not make the text a service (2026-12zzj).
   */
  notServices?: string[];
  /**
   * Carriage: with one of `services` in the text (haulage, freight, courier), the goods cues of `cues` ("delivery of")
   * name the load carried, not goods supplied ("Haulage: delivery of reclaimed bricks from yard").
   */
  carriage?: { services: string[]; cues: string[] };
  /**
   * Phrases that name an animal feed, a pet food or a pet product ("dog food", "dairy cattle nuts", "soya bean meal",
   * "chew toys for dogs", "cat scratching post"): a text naming one maps to no good (the good it names is an ingredient,
   * a flavour or a material, not the List's good).
   */
  animalUse?: string[];
  /**
   * Words that say a line is for a book, a film or a record ("paperback", "hardback", "audiobook", "DVD", "ISBN",
   * "large print"): such a line names a title ("The Salt Path", "Diamonds Are Forever"), and a good's word in a title
   * is not a good, so the text maps to no good.
   */
  titles?: string[];
  /**
   * Names of firework effects and kinds that are also a good's word ("peony", "willow", "chrysanthemum", "cake"): in a
   * text that names fireworks they name the effect, not the good ("Display shells 75mm peony").
   */
  fireworkEffects?: string[];
  /**
   * Words that say the good after them is absent ("without", Dutch "zonder", French "sans", German "ohne", Chinese
   * "无"): a term right after one names what the product lacks ("Suikerwerk zonder cacao", confectionery without cocoa),
   * not its good.
   */
  negations?: string[];
  /**
   * Goods' words that are also a unit of measure ("brass", in India 100 cubic feet of sand or stone): written directly
   * after a count in a text that names another good ("River sand 6 brass"), the word is the quantity, not a good.
   */
  units?: string[];
  /**
   * Chinese words that hold a good's characters and name another thing (盐酸 hydrochloric acid holds 盐, salt; 牛皮纸
   * kraft paper holds 牛皮, cowhide; 番茄钟 a Pomodoro timer holds 番茄): Chinese is written without spaces, so such a
   * word is read as one word, and a good's term found across it, without holding it whole, names nothing. A longer term
   * that runs into one from before it (凉鞋带灯: 凉鞋 sandals, 鞋带 laces) leaves two readings: the word holds there only
   * where it ends the run of Chinese characters, since its last character may open the next word (带灯, with lights).
   */
  cjkWords?: string[];
  /**
   * Chinese words of the same kind that name a chemical or a solution (盐酸 hydrochloric acid, 盐水 brine): they hold
   * wherever they stand, also where a longer term runs into them from before and more Chinese follows (工业盐酸溶液 is
   * a hydrochloric acid solution, not industrial salt; 食盐水 brine, not table salt).
   */
  cjkBoundWords?: string[];
  /**
   * Chinese words that say what a product is used for or fits: `before` a good (适用苹果 fits Apple phones; 用于), or
   * `after` it at the end of a run of Chinese characters (玩具用 for toys, 刺绣用 for embroidery, 假发专用 for wigs only;
   * not 玩具用品, toy supplies): the good is the product's purpose, not the product.
   */
  cjkPurpose?: { before: string[]; after: string[] };
  /**
   * Latin terms of the table written in a language that puts the head first and has no letters of its own (Malay and
   * Indonesian: "bata merah press oven" is a red brick, oven-pressed; "gamis wanita rayon printing" a printed rayon robe):
   * a text naming its first good by one, and most of its goods by such terms, is read head first, as Vietnamese is (the
   * head-noun stage, `headFirst` in head-nouns.json). Each must be a term of an entry.
   */
  headFirstTerms?: string[];
  /**
   * Malay and Indonesian words that also occur in other languages and in names ("sewa", "jasa", "cabe", "padi",
   * "sarung"): they count only in a text the reader takes for Malay or Indonesian, one that names a good by a head-first
   * term of the table not listed here ("kemeja", "sarung tangan"), or holds one of the `cues` (common Malay and
   * Indonesian words: "untuk", "dengan", "warna", "wanita"). `contextTerms` are terms of the table, `contextServices`
   * service words of `services`; the heads marked `anywhere` in head-nouns.json count only in such a text too. A context
   * term also counts beside a second one or one of `words`, other Malay words ("Sarung batik", "Pasir silika").
   */
  malay?: { note?: string; cues: string[]; contextTerms: string[]; contextServices: string[]; words?: string[] };
  /**
   * Words written only in Portuguese ("não", "frango", "calçados"; "p/" with its slash): a text holding one is read as
   * Portuguese, and the heads of head-nouns.json marked `language` "portuguese" ("forma", "capa") count only there.
   */
  portuguese?: { note?: string; cues: string[] };
  entries: TermEntry[];
}

export interface ProductReading {
  /**
   * blank: no product text; goods: mapped to at least one List good; service: the text names a service;
   * unmapped: no term of the table fits (no sector risk, and counted as such).
   */
  status: "blank" | "goods" | "service" | "unmapped";
  /** DOL good names, each once, in the order the text names them. */
  goods: string[];
  /** The terms that matched, folded ("nitrile glove", "光伏组件"). */
  terms: string[];
  /**
   * The head noun that made the text's goods modifiers ("cotton drawstring bag" → article "bag"; "laptop sleeve" →
   * accessory "sleeve"; "toy safety testing" → service "testing"; "Bag, cotton, drawstring" → the catalogue line's head,
   * article "bag"; "Sports goods (excl. footballs)" → excluded "excl"), when no good remained.
   */
  head?: Governor;
}

interface CompiledEntry {
  index: number;
  goods: string[];
  material: boolean;
  unless: Phrases;
}

/** Folded phrases to find in a text: Latin ones as whole words (the last also in the plural), Chinese ones anywhere. */
class Phrases {
  readonly latin: string[] = [];
  readonly cjk: string[] = [];
  constructor(texts: readonly string[]) {
    for (const t of texts.flatMap(spellings)) {
      const folded = foldText(t);
      if (hasCjk(folded)) this.cjk.push(cjkKey(folded));
      else {
        const words = latinTokens(folded);
        if (words.length === 0) continue;
        const head = words.slice(0, -1);
        for (const last of plurals(words[words.length - 1])) this.latin.push(` ${[...head, last].join(" ")} `);
      }
    }
  }

  /**
   * Whether the text holds one of the phrases. With the token spans of the text's attribute phrases ("head on",
   * "skin on"), a Latin phrase found only across one of them, holding part of it, is not found ("shrimp head" in
   * "white shrimp, head-on"); one that holds it whole still is ("tapis de course").
   */
  foundIn(text: PreparedText, attributes: ReadonlyArray<readonly [number, number]> = []): boolean {
    if (this.cjk.some((p) => text.cjk.includes(p))) return true;
    if (attributes.length === 0) return this.latin.some((p) => text.padded.includes(p));
    return this.latin.some((p) => {
      if (!text.padded.includes(p)) return false;
      const words = p.trim().split(" ");
      for (let i = 0; i + words.length <= text.tokens.length; i++) {
        if (!words.every((w, k) => text.tokens[i + k] === w)) continue;
        const end = i + words.length;
        if (!attributes.some(([s, e]) => s < end && i < e && (s < i || e > end))) return true;
      }
      return false;
    });
  }

  /** The text with each Latin phrase found in it blanked out ("client-supplied stone" → "· stone"). */
  without(text: PreparedText): PreparedText {
    let padded = text.padded;
    for (const p of this.latin) padded = padded.split(p).join(" \u00b7 ");
    return padded === text.padded ? text : { ...text, padded };
  }
}

interface PreparedText {
  folded: string;
  tokens: string[];
  padded: string;
  cjk: string;
}

function prepare(text: string): PreparedText {
  const folded = foldText(text);
  const tokens = latinTokens(folded);
  return { folded, tokens, padded: ` ${tokens.join(" ")} `, cjk: hasCjk(folded) ? cjkKey(folded) : "" };
}

/** A word and its plural forms: "machine" → machines; "service" → services; "berry" → berries. */
function plurals(word: string): string[] {
  const out = [word, `${word}s`, `${word}es`];
  if (word.endsWith("y")) out.push(`${word.slice(0, -1)}ies`);
  return out;
}

/** The singular forms a plural word may have: "gloves" → glove; "tomatoes" → tomato; "berries" → berry. */
function singulars(word: string): string[] {
  const out: string[] = [];
  if (word.length > 4 && word.endsWith("ies")) out.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith("es")) out.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) out.push(word.slice(0, -1));
  return out;
}

export class ProductReader {
  private readonly latin = new Map<string, CompiledEntry[]>();
  private readonly cjk = new Map<string, CompiledEntry[]>();
  private readonly cjkByLength: string[];
  private readonly longest: number;
  private readonly services: Phrases;
  /** Malay and Indonesian service words that count only in a text read as Malay or Indonesian ("jasa", "sewa"). */
  private readonly malayServices: Phrases;
  /** Words that show a text is Malay or Indonesian ("untuk", "dengan", "warna"). */
  private readonly malayCues: Phrases;
  /** Term keys that show a text is Malay or Indonesian: the head-first terms but the context terms ("kemeja"). */
  private readonly malayTerms = new Set<string>();
  /** Other Malay and Indonesian words ("batik", "kayu", "rawit"): beside a context term, the text is read as Malay. */
  private readonly malayWords: Phrases;
  /** Words that show a text is Portuguese ("não", "frango"). */
  private readonly portugueseCues: Phrases;
  /** Cues written with a slash ("p/"), as patterns on the folded text. */
  private readonly portugueseWritten: RegExp[];
  /** Term keys that name a good only in a text read as Malay or Indonesian ("cabe", "padi", "sarung"). */
  private readonly malayContextTerms = new Set<string>();
  /** For each unit word, the pattern of the word directly after a whole count ("6 brass"), compiled once. */
  private readonly unitAfterCount = new Map<string, RegExp>();
  private readonly goodsCues: Phrases;
  private readonly customerSupplied: Phrases;
  private readonly notGoodsCues: Phrases;
  private readonly notServices: Phrases;
  private readonly carriageServices: Phrases;
  private readonly carriedCues: Phrases;
  private readonly animalUse: Phrases;
  private readonly titles: Phrases;
  private readonly fireworkEffects: Set<string>;
  /** Negations: Latin ones as their words ("zonder toegevoegde" → ["zonder", "toegevoegde"]), CJK ones as keys. */
  private readonly negations: { latin: string[][]; cjk: string[] };
  /** The Thai stage, with the Thai words of the tables as its lexicon. */
  private readonly thai: ThaiReader;
  /** Goods' words that are also units of measure, folded ("brass"). */
  private readonly units: ReadonlySet<string>;
  /** Chinese words that hold a good's characters and name another thing, as CJK keys (牛皮纸, 鞋带). */
  private readonly cjkWords: string[];
  /** The same words that hold wherever they stand (盐酸, 盐水), as CJK keys. */
  private readonly cjkBoundWords: string[];
  /** Chinese purpose words before and after a good, as CJK keys (适用; 用, 专用). */
  private readonly cjkPurpose: { before: string[]; after: string[] };
  /** The "unless" phrases as folded words ("paper towel", "shoe horn"): compounds the table knows, for noun-first lines. */
  private readonly compounds = new Set<string>();
  /**
   * Latin term keys written head first: with Vietnamese letters ("giày" → "giay"), or listed in `headFirstTerms`
   * (Malay and Indonesian): a text naming one first is read head first.
   */
  private readonly headFirstTerms = new Set<string>();
  /** Every good the table can give, for checks against the List. */
  readonly goods: ReadonlySet<string>;

  /**
   * @param heads the head-noun stage (src/core/sector/head-noun.ts): goods named only as modifiers of an article,
   *   an accessory or a service are dropped. Pass null to read terms alone.
   * @param layout the attribute-layout stage (src/core/sector/attribute-layout.ts): in a "NOUN, attribute,
   *   attribute" line, goods named only in the attributes are dropped. Used with the head-noun stage only.
   * @param prefix the line-prefix stage (src/core/sector/line-prefix.ts): a merchant's name or a supplier's catalogue
   *   reference before the description is set aside ("COSTA COFFEE 43012 - refreshments", "Bidfood 22310 Ketchup …").
   * @param brands the brand stage (src/core/sector/brands.ts): brand names whose words name goods are set aside
   *   ("Blue Diamond Almonds", "Stone Island jacket").
   * @param shared the shared-modifier stage (src/core/sector/shared-modifier.ts): a modifier written once before nouns
   *   joined by "and" is written again after it when it makes a term there ("Christmas tree and decorations").
   * @param imitation the imitation stage (src/core/sector/imitation.ts): a good named with an imitation or colour word
   *   is a look, not the good ("Imitation gold leaf", "Brass-effect handles", "Gold-tone crowns").
   * @param compound the compound stage (src/core/sector/compound.ts, tables german.json and dutch.json): abbreviations
   *   written out ("gem." is not Gems) and compounds split ("Basmatireis" → "basmati reis", "Kakaobohnen" → "kakao",
   *   "strooizout" → "strooi zout") before the text is read.
   * @param japanese the Japanese stage (src/core/sector/japanese.ts): in a text with kana, kanji words of another
   *   meaning in Chinese are read in their Japanese one ("手袋" gloves, not a handbag), and a katakana term glued to more
   *   katakana is part of a longer word (ガラス in 鶏ガラスープ).
   * @param turkish the Turkish stage (src/core/sector/turkish.ts, table turkish.json): a listed noun written with the
   *   compound suffix is read as the noun ("ateş tuğlası" → "ateş tuğla"); ı is read as i in every text, with or without it.
   * @param vietnamese the Vietnamese stage (src/core/sector/vietnamese.ts, table vietnamese.json): đ is read as d in every
   *   text, and a word that folds to the form of another ("giấy" paper, "giay" for "giày" shoes) names the good only with
   *   its own marks or in a text that settles it. A Vietnamese phrase is read head first in the head-noun stage.
   * @param russian the Russian stage (src/core/sector/russian.ts, table russian.json): Cyrillic words read as their
   *   stems ("хлопковая" → "хлопк"), and what follows "для", "на", "из" in a phrase (what the product is for, on or made
   *   of) set aside.
   * @param packing the packing-medium stage (src/core/sector/packing-medium.ts): a packing medium written after a good
   *   without "in" ("Sardines Olive Oil", "Tuna Chunks Sunflower Oil") is read as written with it, so the good packed
   *   is the text's good, not the medium's.
   * @param cargo the cargo-description stage (src/core/sector/cargo-description.ts): the shipping documents' statements
   *   around the goods ("SHIPPER'S LOAD, STOW AND COUNT", "1X40'HC", "HS CODE: 6109.10", "FREIGHT COLLECT") are set aside.
   * @param cpv the CPV stage (src/core/sector/cpv.ts, table cpv.json): a notice whose words give no good and name no
   *   service, no article or accessory head, is read by the CPV code it cites ("Lieferung von Notebooks - CPV 30213100-6").
   * @param labels the spend-label stage (src/core/sector/spend-label.ts, table spend-label.json): a cost centre's label
   *   and a place's name ("- CC 2301 Maintenance", "Coal River catchment") are set aside before the text is read.
   * @param expense the expense-line stage (src/core/sector/expense-line.ts, table expense-line.json): of a card or
   *   expense-claim line in fields ("AMZN Mktp UK*HX7T21 | Uniforms & PPE | nitrile gloves"), only the purpose is read.
   * @param bom the bom-line stage (src/core/sector/bom-line.ts, table bom-line.json): of a bill-of-materials line in
   *   fields ("BOM AT-1410 hoodie | Body: 80/20 cotton/poly fleece"), only the component's material is read; a fabric
   *   component's material read as the fibre or as nothing is the fabric.
   */
  constructor(
    file: TermFile,
    private readonly heads: HeadNounReader | null = null,
    private readonly layout: AttributeLayoutReader | null = null,
    private readonly prefix: LinePrefixReader | null = null,
    private readonly brands: BrandReader | null = null,
    private readonly shared: SharedModifierReader | null = null,
    private readonly imitation: ImitationReader | null = null,
    private readonly compound: CompoundReader | null = null,
    private readonly japanese: JapaneseReader | null = null,
    private readonly turkish: TurkishReader | null = null,
    private readonly vietnamese: VietnameseReader | null = null,
    private readonly russian: RussianReader | null = null,
    private readonly packing: PackingMediumReader | null = null,
    private readonly cargo: CargoDescriptionReader | null = null,
    private readonly cpv: CpvReader | null = null,
    private readonly labels: SpendLabelReader | null = null,
    private readonly expense: ExpenseLineReader | null = null,
    private readonly bom: BomLineReader | null = null,
  ) {
    const goods = new Set<string>();
    file.entries.forEach((entry, index) => {
      if (entry.goods.length === 0 || entry.terms.length === 0) throw new Error(`terms.json: entry ${index + 1} has no goods or no terms`);
      const compiled: CompiledEntry = {
        index,
        goods: entry.goods,
        material: entry.material === true,
        unless: new Phrases(entry.unless ?? []),
      };
      for (const g of entry.goods) goods.add(g);
      for (const phrase of (entry.unless ?? []).flatMap(spellings)) {
        const folded = foldText(phrase);
        if (!hasCjk(folded)) this.compounds.add(latinTokens(folded).join(" "));
      }
      for (const term of entry.terms.flatMap(spellings)) {
        const folded = foldText(term);
        if (hasCjk(folded)) add(this.cjk, cjkKey(folded), compiled);
        else {
          const key = latinTokens(folded).join(" ");
          if (!key) throw new Error(`terms.json: the term "${term}" has no words`);
          add(this.latin, key, compiled);
          if (vietnameseTerm(term) || writesThai(term)) this.headFirstTerms.add(key);
        }
      }
    });
    this.goods = goods;
    for (const g of packing?.packedGoods ?? []) {
      if (!goods.has(g)) throw new Error(`packing-medium.json: the packed good "${g}" is no good of terms.json`);
    }
    const thaiHeads = [...thaiFile.heads.flatMap((h) => h.words), ...thaiFile.purpose, ...thaiFile.boundaries];
    this.thai = new ThaiReader(
      [
        ...file.entries.flatMap((e) => [...e.terms, ...(e.unless ?? [])]),
        ...file.services,
        ...(file.negations ?? []),
        ...(file.animalUse ?? []),
        ...thaiHeads,
      ].filter(writesThai),
      thaiFile.words,
      thaiFile.verbs,
    );
    const termKey = (term: string) => latinTokens(foldText(term)).join(" ");
    for (const term of file.headFirstTerms ?? []) {
      const key = termKey(term);
      if (!this.latin.has(key)) throw new Error(`terms.json: the head-first term "${term}" is not a term of the table`);
      this.headFirstTerms.add(key);
    }
    for (const term of file.malay?.contextTerms ?? []) {
      if (!this.latin.has(termKey(term))) throw new Error(`terms.json: the Malay context term "${term}" is not a term of the table`);
      this.malayContextTerms.add(termKey(term));
    }
    for (const term of file.headFirstTerms ?? []) if (!this.malayContextTerms.has(termKey(term))) this.malayTerms.add(termKey(term));
    const contextServices = new Set((file.malay?.contextServices ?? []).map(termKey));
    for (const word of contextServices) {
      if (!file.services.some((s) => termKey(s) === word))
        throw new Error(`terms.json: the Malay service word "${word}" is not in services`);
    }
    for (const part of compound?.parts ?? []) {
      if (!this.latin.has(part)) throw new Error(`german.json or dutch.json: "${part}" is not a term of the table`);
    }
    for (const reading of japanese?.readingTerms ?? []) {
      if (!this.cjk.has(cjkKey(foldText(reading)))) throw new Error(`japanese.json: "${reading}" is not a term of the table`);
    }
    this.cjkByLength = [...this.cjk.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.longest = Math.max(...[...this.latin.keys()].map((k) => k.split(" ").length));
    this.services = new Phrases(file.services.filter((s) => !contextServices.has(termKey(s))));
    this.malayServices = new Phrases([...contextServices]);
    this.malayCues = new Phrases(file.malay?.cues ?? []);
    this.malayWords = new Phrases(file.malay?.words ?? []);
    const portuguese = file.portuguese?.cues ?? [];
    this.portugueseCues = new Phrases(portuguese.filter((w) => !w.endsWith("/")));
    this.portugueseWritten = portuguese
      .filter((w) => w.endsWith("/"))
      .map((w) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${latinTokens(foldText(w)).join(" ")}/`, "u"));
    this.goodsCues = new Phrases(file.goodsCues ?? []);
    this.customerSupplied = new Phrases(file.customerSupplied ?? []);
    this.notGoodsCues = new Phrases(file.notGoodsCues ?? []);
    this.notServices = new Phrases(file.notServices ?? []);
    this.carriageServices = new Phrases(file.carriage?.services ?? []);
    this.carriedCues = new Phrases(file.carriage?.cues ?? []);
    this.animalUse = new Phrases(file.animalUse ?? []);
    this.titles = new Phrases(file.titles ?? []);
    this.fireworkEffects = new Set((file.fireworkEffects ?? []).flatMap((t) => plurals(foldText(t))));
    this.units = new Set((file.units ?? []).map((u) => latinTokens(foldText(u)).join(" ")));
    // The count is a whole number, not part of a fraction ("hose connector 3/4 brass" is a size of brass fittings).
    for (const unit of this.units) {
      const word = unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      this.unitAfterCount.set(unit, new RegExp(`(?<![\\p{N}/.,])\\d+(?:[.,]\\d+)*\\s*${word}(?![\\p{L}\\p{N}])`, "u"));
    }
    const keys = (words: readonly string[] | undefined) => (words ?? []).map(foldText).filter(hasCjk).map(cjkKey);
    this.cjkWords = keys(file.cjkWords);
    this.cjkBoundWords = keys(file.cjkBoundWords);
    this.cjkPurpose = { before: keys(file.cjkPurpose?.before), after: keys(file.cjkPurpose?.after) };
    const negations = (file.negations ?? []).map(foldText);
    this.negations = {
      latin: [...new Set(negations.filter((n) => !hasCjk(n)).map((n) => latinTokens(n).join(" ")))].map((n) => n.split(" ")),
      cjk: negations.filter(hasCjk).map(cjkKey),
    };
  }

  /** The goods of the Latin term folded words spell (the last word also in the plural); none if they are no term. */
  /**
   * Whether the text says it supplies goods (a goods cue: "Supply and installation of …"), not counting a cue inside a
   * phrase naming goods the customer provides ("client-supplied stone") nor, in a carriage text, a cue naming the load
   * carried ("Haulage: delivery of reclaimed bricks").
   */
  private suppliesGoods(text: PreparedText): boolean {
    const own = this.notGoodsCues.without(this.customerSupplied.without(text));
    return this.goodsCues.foundIn(this.carriageServices.foundIn(own) ? this.carriedCues.without(own) : own);
  }

  private termGoods(words: readonly string[]): string[] {
    if (words.length === 0) return [];
    const head = words.slice(0, -1);
    const entries = [words[words.length - 1], ...singulars(words[words.length - 1])].flatMap(
      (last) => this.latin.get([...head, last].join(" ")) ?? [],
    );
    return [...new Set(entries.flatMap((e) => e.goods))];
  }

  /** Whether folded words are a Latin term of the table (the last word also in the plural). */
  private isTerm(words: readonly string[]): boolean {
    if (words.length === 0) return false;
    const head = words.slice(0, -1);
    return [words[words.length - 1], ...singulars(words[words.length - 1])].some((last) => this.latin.has([...head, last].join(" ")));
  }

  /** Whether folded words are a compound the table knows: a term, or an "unless" phrase ("paper towel", "shoe horn"). */
  private isCompound(words: readonly string[]): boolean {
    if (this.isTerm(words) || words.length === 0) return this.isTerm(words);
    const head = words.slice(0, -1);
    return [words[words.length - 1], ...singulars(words[words.length - 1])].some((last) => this.compounds.has([...head, last].join(" ")));
  }

  /** Whether a text names any Latin term of the table (a catalogue reference's supplier name may not). */
  private namesGood(text: string): boolean {
    return this.namesGoodIn(this.foldedForTerms(text));
  }

  /** A text as the table's terms are written: Thai split into words, đ as d, ı as i, folded. */
  private foldedForTerms(text: string): string {
    return foldText(lStroke(dotlessI(dStroke(this.thai.read(this.russian ? this.russian.words(text) : text)))));
  }

  /** namesGood, of a text folded by foldedForTerms. */
  private namesGoodIn(folded: string): boolean {
    const tokens = latinTokens(folded);
    for (let i = 0; i < tokens.length; i++) {
      for (let n = 1; n <= Math.min(this.longest, tokens.length - i); n++) if (this.isTerm(tokens.slice(i, i + n))) return true;
    }
    return false;
  }

  /**
   * Whether a text holds a term of the table as it is written, Latin (whole words, the last also in the plural) or
   * Chinese: a cheap test before read() for callers that ask about many short texts, most naming no good (the cell
   * anatomy's product part). read() may still give no good (a head noun, an "unless" phrase); a text without a term
   * gives none but through the shared-modifier stage ("Christmas tree and decorations"), which such callers forgo.
   */
  mentionsTerm(text: string): boolean {
    const folded = this.foldedForTerms(text);
    if (this.namesGoodIn(folded)) return true;
    if (!hasCjk(folded)) return false;
    const key = cjkKey(folded);
    return this.cjkByLength.some((term) => key.includes(term));
  }

  read(text: string | null | undefined): ProductReading {
    if (typeof text !== "string" || text.trim() === "") return { status: "blank", goods: [], terms: [] };
    // The bom-line stage: of a bill-of-materials line only the component's material names the good ("BOM AT-1410
    // hoodie | Body: 80/20 cotton/poly fleece" is the fleece, not a hoodie); a fabric component's material read as the
    // fibre (Cotton) or as nothing is the fabric ("Shell: 100% cotton oxford", "Lining: stretch poly satin": Textiles).
    const bom = this.bom?.read(text) ?? null;
    if (bom?.part) return { status: "unmapped", goods: [], terms: [] };
    if (bom) {
      // A fabric is read by its material ("Body:" names no bodysuit); another component with its name ("Thread: …").
      const alone = this.read(bom.fabric || bom.field === text.trim() ? bom.material : bom.field);
      if (!bom.fabric) return alone;
      if (alone.goods.length > 0) {
        const goods = this.bom!.fabricGoods(alone.goods);
        return goods ? { ...alone, goods } : alone;
      }
      const fabric = this.read(`fabric - ${bom.material}`);
      return fabric.goods.length > 0 ? fabric : alone;
    }
    // The cargo-description stage: a bill of lading's or manifest's statements around the goods ("SHIPPER'S LOAD, STOW
    // AND COUNT", "1X40'HC", "HS CODE: 6109.10", "FREIGHT COLLECT") name no good and are set aside.
    // The elision stage: "d'ordinateurs" is read "d ordinateurs", as the terms are (src/core/sector/romance.ts).
    const elided = elide(text);
    const cargo = this.cargo ? this.cargo.read(elided).text : elided;
    if (cargo === "") return { status: "unmapped", goods: [], terms: [] };
    // The Japanese stage: readings written in, a word naming a product made from a good ("魚粉", fishmeal) set aside.
    // The Thai stage: Thai runs split into words ("ปลาทูน่าก้อน" → "ปลา ทูน่า ก้อน"), CamelCase in a Thai text split.
    // The Russian stage: Cyrillic words read as their stems, what follows "для", "из" … in a phrase set aside.
    const thai = this.thai.read(this.russian ? this.russian.read(cargo, (words) => this.isTerm(words)) : cargo);
    const japanese = this.japanese ? this.japanese.read(thai) : thai;
    // The Turkish stage: ı read as i, as ASCII capitals write it ("HALI"), and a noun's compound suffix set aside
    // ("iş ayakkabısı" is read "iş ayakkabı"). Terms are compiled with ı as i, so every text is read so.
    const turkish = this.turkish ? this.turkish.read(japanese, (words) => this.isTerm(words)) : dotlessI(japanese);
    // The Vietnamese stage: đ read as d, and a word that folds to another's form read in its own meaning ("giấy" paper).
    const vietnamese = lStroke(this.vietnamese ? this.vietnamese.read(turkish) : dStroke(turkish));
    const reading = this.readText(this.compound ? this.compound.read(vietnamese, (words) => this.isTerm(words)) : vietnamese);
    // The CPV stage: a notice whose words give no good, no service and no head is read by the CPV code it cites.
    if (this.cpv && reading.status === "unmapped" && reading.head === undefined) {
      const cited = this.cpv.read(text);
      if (cited.goods.length > 0) return { status: "goods", goods: cited.goods, terms: cited.codes };
    }
    return reading;
  }

  private readText(text: string): ProductReading {
    // The expense-line stage: "MERCHANT | Expense type | purpose": the merchant and the expense type name no good when a
    // purpose follows ("SCREWFIX 4412 | Uniforms & PPE | rigger gloves" buys gloves, not uniforms); the purpose is read.
    const claim = this.expense?.read(text) ?? null;
    if (claim) {
      const typed = this.readText(`${claim.expenseType} | ${claim.purpose}`);
      return expenseLineReading(typed, this.readText(claim.purpose), this.readText(claim.expenseType).goods, claim.receipt);
    }
    // The line-prefix stage: a merchant's name or a catalogue reference before the description names no good.
    // A catalogue reference's name that is a service word ("Audit SA8000 bij …") is the line's service, not a supplier.
    // A Malay service word counts there when the line holds a Malay cue word ("Sewa excavator PC200 untuk …").
    const malayLine = this.malayCues.foundIn(prepare(text));
    const isService = (p: PreparedText) => this.services.foundIn(p) || (malayLine && this.malayServices.foundIn(p));
    // A federal classification code's group title before the item ("8905 MEAT, POULTRY, AND FISH - SALMON, PORTIONS"):
    // the title classifies the item, only the item's goods count; under a service title an item naming none is a service.
    const coded = this.prefix?.codeTitle(text) ?? null;
    if (coded) {
      const item = this.readText(coded.item);
      if (item.goods.length === 0 && isService(prepare(coded.title)) && !this.goodsCues.foundIn(prepare(coded.title)))
        return { status: "service", goods: [], terms: [] };
      // A title naming the kind of article ("8435 FOOTWEAR, WOMEN'S - PUMPS, DRESS") gives its goods to an item naming none.
      if (item.goods.length === 0 && item.status !== "service" && coded.titleNamesItem) {
        const title = this.readText(coded.title);
        if (title.goods.length > 0) return title;
      }
      return item;
    }
    const prefixed = this.prefix?.read(text, (words) => this.namesGood(words) || isService(prepare(words))) ?? null;
    let withoutPrefix = prefixed?.description ?? text;
    // A classification code's class title ("UNSPSC 50201700 Coffee and tea - Green tea bags") names the class, not the
    // item: the item is read alone when it names a good the title names, and a title naming a service makes the line a service
    // ("UNSPSC 78101800 Road cargo transport - Delivery of laptops to schools").
    const titled = prefixed && this.prefix ? this.prefix.classTitle(prefixed) : null;
    if (titled) {
      const title = prepare(titled.title);
      if (isService(title) && !this.goodsCues.foundIn(title)) return { status: "service", goods: [], terms: [] };
      // The item is read alone when the title names no good or shares one with it ("Coffee and tea - Green tea bags");
      // an item naming another good is read with its class ("Notebook computers - 13in ultrabook, LiIon 57Wh").
      // An item written noun first names its good only once read ("Wood | Pine treated H3": treated pine).
      const itemGoods = this.readText(titled.item).goods;
      if (itemGoods.length > 0 || this.namesGood(titled.item)) {
        const classGoods = this.readText(titled.title).goods;
        if (classGoods.length === 0 || itemGoods.some((g) => classGoods.includes(g))) withoutPrefix = titled.item;
      }
    }
    // The brand stage: a brand's name ("Blue Diamond", "Stone Island", 金龙鱼) names who sells the product, not a good.
    const brandless = this.brands ? this.brands.read(withoutPrefix).text : withoutPrefix;
    // The spend-label stage: a cost centre ("- CC 2301 Maintenance") and a place ("Coal River catchment") name no good.
    // Words that are an "unless" phrase of the table name no good there ("Tea Tree Gully": tea tree is no tea).
    const labelNamesGood = (words: string) => {
      const folded = latinTokens(this.foldedForTerms(words));
      return this.namesGood(words) && !(this.isCompound(folded) && !this.isTerm(folded));
    };
    const branded = this.labels ? this.labels.read(brandless, labelNamesGood).text : brandless;
    // The shared-modifier stage: "Christmas tree and decorations" names Christmas decorations.
    const shared = this.shared
      ? this.shared.read(
          branded,
          (words) => this.isTerm(words),
          (words) => this.isCompound(words),
        ).text
      : branded;
    // The packing-medium stage: "Sardines Olive Oil" is read as "Sardines in Olive Oil" (Fish, not Olives).
    const described = this.packing ? this.packing.read(shared, (words) => this.termGoods(words)).text : shared;
    const layout = this.heads && this.layout ? this.layout.read(described, (words) => this.isCompound(words)) : null;
    const source = layout ? layout.text : described;
    const prepared = prepare(source);
    const hits: Hit[] = [];
    const { tokens } = prepared;
    for (let i = 0; i < tokens.length;) {
      let matched = 0;
      for (let n = Math.min(this.longest, tokens.length - i); n >= 1 && matched === 0; n--) {
        const head = tokens.slice(i, i + n - 1);
        for (const last of [tokens[i + n - 1], ...singulars(tokens[i + n - 1])]) {
          const key = [...head, last].join(" ");
          const entries = this.latin.get(key);
          if (entries) {
            hits.push({ entries, term: key, script: "latin", start: i, end: i + n });
            matched = n;
            break;
          }
        }
      }
      i += matched || 1;
    }
    if (prepared.cjk) {
      const cjk = prepared.cjk;
      for (let i = 0; i < cjk.length;) {
        let matched = 0;
        for (const term of this.cjkByLength) {
          if (cjk.startsWith(term, i) && (this.japanese?.stands(cjk, i, i + term.length) ?? true)) {
            hits.push({ entries: this.cjk.get(term)!, term, script: "cjk", start: i, end: i + term.length });
            matched = term.length;
            break;
          }
        }
        i += matched || 1;
      }
    }
    // A term right after a negation ("zonder cacao", "sans sucre", "无糖") names what the product lacks, not its good.
    const negated = (h: Hit) =>
      h.script === "latin"
        ? this.negations.latin.some((n) => h.start >= n.length && n.every((w, k) => tokens[h.start - n.length + k] === w))
        : this.negations.cjk.some((n) => prepared.cjk.slice(Math.max(0, h.start - n.length), h.start) === n);
    // Thai lists its goods side by side ("เครื่องจักรสำหรับแปรรูปปลา กุ้ง", machines for processing fish, shrimp): a Thai
    // term directly after a negated one, in its phrase, is in the same list and negated too.
    const thaiPhrases = this.heads && writesThai(source) ? this.heads.latinPhrases(prepared.folded, tokens) : null;
    const lacking = hits.map(negated);
    for (let k = 1; k < hits.length; k++) {
      const [before, h] = [hits[k - 1], hits[k]];
      if (
        thaiPhrases &&
        lacking[k - 1] &&
        h.script === "latin" &&
        before.script === "latin" &&
        before.end === h.start &&
        writesThai(h.term) &&
        writesThai(before.term) &&
        thaiPhrases[h.start] === thaiPhrases[before.start]
      )
        lacking[k] = true;
    }
    for (let k = hits.length - 1; k >= 0; k--) if (lacking[k]) hits.splice(k, 1);
    // A text is read as Malay or Indonesian when it holds a Malay cue word or names a good by a Malay head-first term;
    // else a Malay word that is also a word or name elsewhere names nothing ("Cabe usb tipo c", "PADI diving course").
    // A context term beside another Malay word the tables know (a context term or one of `words`: "Sarung batik",
    // "Cabe rawit 10kg", "Mainan kayu edukatif") reads so too; a text with no such word ("Mainan Edukasi books",
    // "Pasir Gudang warehouse") does not.
    const contextHits = hits.filter((h) => h.script === "latin" && this.malayContextTerms.has(h.term));
    const malay =
      this.malayCues.foundIn(prepared) ||
      hits.some((h) => h.script === "latin" && this.malayTerms.has(h.term)) ||
      (contextHits.length > 0 && (this.malayWords.foundIn(prepared) || new Set(contextHits.map((h) => h.term)).size > 1));
    const portuguese = this.portugueseCues.foundIn(prepared) || this.portugueseWritten.some((p) => p.test(prepared.folded));
    const languages = new Set<HeadLanguage>([...(malay ? (["malay"] as const) : []), ...(portuguese ? (["portuguese"] as const) : [])]);
    if (!malay)
      for (let k = hits.length - 1; k >= 0; k--)
        if (hits[k].script === "latin" && this.malayContextTerms.has(hits[k].term)) hits.splice(k, 1);
    // A Chinese word that holds a good's characters and names another thing (牛皮纸: the term 牛皮 runs into it, cowhide;
    // 工业盐酸: the term 工业盐 runs into 盐酸, hydrochloric acid) is one word: a term found across it, without holding it
    // whole, names nothing.
    const words: Array<{ start: number; end: number; bound: boolean }> = [];
    for (const [list, bound] of [
      [this.cjkWords, false],
      [this.cjkBoundWords, true],
    ] as const) {
      for (const w of list) {
        for (let at = prepared.cjk.indexOf(w); at >= 0; at = prepared.cjk.indexOf(w, at + 1))
          words.push({ start: at, end: at + w.length, bound });
      }
    }
    // A longer term that runs into the word from before it (凉鞋带灯: 凉鞋 and 鞋带) leaves two readings; the word wins only
    // where it ends the run of Chinese characters (运动鞋带), not where its last character opens the next word
    // (凉鞋 带灯 with lights, 运动鞋 底价 lowest price, 童鞋 盒装 boxed). The name of a chemical or a solution wins there
    // too (工业盐酸溶液, 食盐水): its characters do not open another word of the line.
    const runEnds = (i: number) => i >= prepared.cjk.length || !CJK_CHAR.test(prepared.cjk[i]);
    const insideWord = (h: Hit) =>
      h.script === "cjk" &&
      words.some(
        ({ start: s, end: e, bound }) => h.start < e && s < h.end && !(h.start <= s && e <= h.end) && (h.start >= s || bound || runEnds(e)),
      );
    // A Chinese purpose word before a good (适用苹果) or after it at the end of a run (玩具用) makes the good a purpose.
    const purpose = (h: Hit) =>
      h.script === "cjk" &&
      (this.cjkPurpose.before.some((w) => prepared.cjk.slice(Math.max(0, h.start - w.length), h.start) === w) ||
        this.cjkPurpose.after.some((w) => prepared.cjk.startsWith(w, h.end) && runEnds(h.end + w.length)));
    for (let k = hits.length - 1; k >= 0; k--) if (insideWord(hits[k]) || purpose(hits[k])) hits.splice(k, 1);
    // A unit word right after a count, beside another good ("River sand 6 brass"), is the quantity of that good.
    const counted = (term: string) => this.unitAfterCount.get(term)?.test(prepared.folded) ?? false;
    const unit = (h: Hit) =>
      h.script === "latin" && this.units.has(h.term) && h.start > 0 && /^\d+(?:[.,]\d+)?$/.test(tokens[h.start - 1]) && counted(h.term);
    if (hits.some((h) => !unit(h))) for (let k = hits.length - 1; k >= 0; k--) if (unit(hits[k])) hits.splice(k, 1);
    // A service word makes the text a service unless it is part of a good's own name ("training shoes") or the
    // text also says it supplies goods ("Supply and installation of …"), also in a part an earlier stage set aside
    // ("Purchase of 300 pcs shirts, freight extra": the prefix stage takes "Purchase of 300" for a catalogue reference).
    const suppliesGoods = this.suppliesGoods(prepared) || (source !== text && this.suppliesGoods(prepare(text)));
    // A buyer's name or a kind of goods with a service word ("Emergency Services", "Cleaning Materials") names no service.
    const outside = this.notServices.without(outsideTerms(prepared, hits, this.heads));
    if ((this.services.foundIn(outside) || (malay && this.malayServices.foundIn(outside))) && !suppliesGoods) {
      return { status: "service", goods: [], terms: [] };
    }
    // Animal feed, pet food and pet products: "Adult dog food chicken and rice", "Sugar beet pulp nuts".
    if (this.animalUse.foundIn(prepared)) return { status: "unmapped", goods: [], terms: [] };
    // Books, films and records: "The Salt Path (paperback)", "DVD Diamonds Are Forever" name a title, not a good.
    // The whole line too, when an earlier stage set a part aside ("ISBN 978… Sugar Town": the prefix stage takes the ISBN).
    if (this.titles.foundIn(prepared) || (source !== text && this.titles.foundIn(prepare(text)))) {
      return { status: "unmapped", goods: [], terms: [] };
    }
    // The imitation stage: "Imitation gold leaf", "Brass-effect handles", "Masonry paint sandstone" name a look, not the good.
    const imitation = this.imitation;
    const phraseOf = imitation && this.heads ? this.heads.latinPhrases(prepared.folded, tokens) : tokens.map(() => 0);
    const boundary = (w: string) => this.heads?.isBoundary(w) ?? false;
    const imitated = (h: Hit) =>
      imitation !== null &&
      (h.script === "latin" ? imitation.latin(tokens, phraseOf, h.start, h.end, boundary) : imitation.cjk(prepared.cjk, h.start, h.end));
    // An "unless" phrase found only across an attribute phrase ("white shrimp, head-on": "shrimp head") does not stop.
    const attributes = this.heads ? this.heads.attributeSpans(tokens) : [];
    const unstopped = hits
      .map((h) => {
        const seen = this.heads ? beforePurpose(prepared, h, this.heads) : prepared;
        const entries = h.entries.filter((e) => !e.unless.foundIn(seen, attributes));
        if (!imitated(h)) return { ...h, entries };
        return {
          ...h,
          entries: entries.map((e) => ({ ...e, goods: e.goods.filter((g) => imitation!.keeps(g)) })).filter((e) => e.goods.length > 0),
        };
      })
      .filter((h) => h.entries.length > 0);
    // The head-noun stage: a good named only as a modifier of another good, of an article, an accessory or a
    // service ("cotton drawstring bag", "laptop bag", "toy safety testing") is not the text's good.
    let lastHead: Governor | undefined;
    let live = unstopped;
    if (this.heads) {
      const heads = this.heads;
      // In a Thai text, Thai terms are read head first and Latin ones (English, often in brackets after the Thai name:
      // "เส้นหมี่ข้าว(RiceVermicelli)") in English order.
      const thaiText = writesThai(source);
      const span = (h: Hit) => ({
        start: h.start,
        end: h.end,
        material: h.entries.every((e) => e.material),
        // The text writes the term's last word in the plural ("bathrobes" for the term "bathrobe"), or the term is a
        // plural itself ("apples", "matches", "fireworks"; not "glass", "citrus", "iris").
        plural: h.script === "latin" && (h.term.split(" ").pop() !== tokens[h.end - 1] || /[^isu]s$/.test(h.term.split(" ").pop() ?? "")),
        goods: h.entries.flatMap((e) => e.goods),
        headFirst: thaiText && h.script === "latin" ? writesThai(h.term) : undefined,
      });
      const latinHits = unstopped.filter((h) => h.script === "latin");
      const cjkHits = unstopped.filter((h) => h.script === "cjk");
      const governors = new Map<Hit, Governor | null>();
      // A Vietnamese phrase is read head first ("áo polo vải cotton", "đế giày"): a text with Vietnamese letters, or one
      // whose first good is named by a Vietnamese term and that opens with a head-first head ("May pha ca phe Espresso")
      // or names most of its goods by Vietnamese terms ("Giay vai canvas"; not "Ca phe phin filter … coffee dripper").
      // So is a Malay or Indonesian one, by the head-first terms of the table ("Bata merah press oven").
      const headFirst =
        latinHits.length > 0 &&
        (writesVietnamese(source) ||
          (this.headFirstTerms.has(latinHits[0].term) &&
            (heads.opensHeadFirst(tokens) || latinHits.filter((h) => this.headFirstTerms.has(h.term)).length * 2 > latinHits.length)));
      heads.latin(prepared.folded, tokens, latinHits.map(span), headFirst, languages).forEach((g, k) => governors.set(latinHits[k], g));
      heads.cjk(prepared.cjk, cjkHits.map(span)).forEach((g, k) => governors.set(cjkHits[k], g));
      // Mixed titles: an English good directly followed by a Chinese accessory ("iPhone 15 手机壳", "MacBook Air 保护壳").
      heads.latinBeforeCjk(prepared.folded, tokens, latinHits.map(span)).forEach((g, k) => {
        if (g && !governors.get(latinHits[k])) governors.set(latinHits[k], g);
      });
      // A head that, read after the good, completes the good's own term is the good's noun, with a purpose word between
      // ("Lithium-ion forklift batteries" are lithium-ion batteries for forklifts), not an accessory of it. So is a later
      // word of the same phrase, before a boundary word or a digit, that completes the term past an article head: the
      // article then names what the good is for ("Lithium-ion cap lamp batteries" are lithium-ion batteries for cap lamps).
      const phrases = heads.latinPhrases(prepared.folded, tokens);
      const ownNoun = (h: Hit, g: Governor | null): boolean => {
        if (g === null || h.script !== "latin" || (g.kind !== "article" && g.kind !== "accessory")) return false;
        const term = h.term.split(" ");
        if (this.isTerm([...term, ...g.word.split(" ")])) return true;
        // Past an accessory the good is what the accessory is for ("tea filter bags" are bags of filters): only past an article.
        if (g.kind !== "article") return false;
        for (let i = h.end; i < tokens.length && phrases[i] === phrases[h.start]; i++) {
          if (heads.isBoundary(tokens[i]) || /\d/.test(tokens[i])) return false;
          if (this.isTerm([...term, tokens[i]])) return true;
        }
        return false;
      };
      // A noun-first line's head is the article: a good named after it is its attribute ("Flour plain wheat 12.5kg").
      // An article word after it may still be the noun the head's term qualifies ("Coffee filter papers").
      const noun = layout?.nounFirst ? layout : null;
      // So is a word after it for the form the head comes in ("SOAP HAND FOAM" is foam hand soap; 2026-12zzo), the
      // attribute layout's forms, the head being the line's first noun.
      const formAfter = (g: Governor | null) =>
        (g?.kind === "article" || g?.kind === "accessory") && this.layout !== null && this.layout.isForm(g.word);
      // A line that starts with a good's term directly followed by a form word ("Hand soap foam 1250 mL refill",
      // 2026-12zzp) names the good in that form too.
      // Not when an article or accessory follows the form word in its phrase: it heads the phrase ("Soap foam dispenser"
      // is a dispenser; review-products-12).
      const formOfLead = (h: Hit, g: Governor | null) =>
        noun === null &&
        h.script === "latin" &&
        h.start === 0 &&
        formAfter(g) &&
        tokens[h.end] === g!.word &&
        !(h.end + 1 < tokens.length && phrases[h.end + 1] === phrases[h.start] && heads.headKind(tokens[h.end + 1]) !== undefined);
      const headOfLine = (h: Hit, g: Governor | null) =>
        formOfLead(h, g) ||
        (noun !== null &&
          (g?.kind === "good" || formAfter(g)) &&
          h.script === "latin" &&
          h.start >= noun.headStart &&
          h.end === noun.headEnd);
      live = unstopped
        .map((h) => {
          const found = governors.get(h) ?? null;
          const governor = ownNoun(h, found) || headOfLine(h, found) ? null : found;
          if (governor && governor.kind !== "good") lastHead = governor;
          return {
            ...h,
            entries: h.entries
              .map((e) => ({ ...e, goods: e.goods.filter((g) => heads.keeps(governor, g)) }))
              .filter((e) => e.goods.length > 0),
          };
        })
        .filter((h) => h.entries.length > 0);
      // A named stone governed by a word for stone ("Granite pitching stones", "Sandstone walling stone") names that
      // stone: it is kept, and the word for stone then adds Stones, not the whole stone family (limestone, pumice).
      const stones = (h: Hit) => h.entries.every((e) => e.goods.every((g) => heads.isWorkedStone(g)));
      const named = unstopped.filter((h) => {
        const g = governors.get(h);
        if (!g || g.kind !== "good" || h.script !== "latin" || !stones(h) || live.includes(h)) return false;
        const by = live.find((o) => o.script === "latin" && o.start === g.start);
        return by !== undefined && stones(by) && by.entries.some((e) => e.goods.length > 1);
      });
      if (named.length > 0) {
        const family = new Set(named.map((h) => governors.get(h)!.start));
        live = [
          ...named,
          ...live.map((o) =>
            o.script === "latin" && family.has(o.start)
              ? {
                  ...o,
                  entries: o.entries.map((e) => ({ ...e, goods: e.goods.filter((g) => g === "Stones") })).filter((e) => e.goods.length > 0),
                }
              : o,
          ),
        ].filter((h) => h.entries.length > 0);
      }
      // A named stone anywhere beside a word for stone ("Natural Stone Paving (Yorkstone)", "Natural stone kerbs (granite,
      // sandstone)") names the stone the same way: the word for stone then adds Stones, not the whole family (2026-12zzj).
      const family = (h: Hit) =>
        h.script === "latin" && stones(h) && h.entries.some((e) => e.goods.length > 1 && e.goods.every((g) => g.startsWith("Stones")));
      if (live.some((h) => h.script === "latin" && stones(h) && !family(h)) && live.some(family)) {
        live = live
          .map((o) =>
            family(o)
              ? {
                  ...o,
                  entries: o.entries.map((e) => ({ ...e, goods: e.goods.filter((g) => g === "Stones") })).filter((e) => e.goods.length > 0),
                }
              : o,
          )
          .filter((h) => h.entries.length > 0);
      }
      // The attribute-layout stage: in a "NOUN, attribute, attribute" line a good named only in the attributes is
      // not the line's good ("Trousers, cargo, olive"; "Timer, sand"), unless the head names none and the good is
      // a manufactured material ("Bottle, glass, amber") or the head is the form it comes in ("Leaf, gold"). A
      // line whose head names no good and whose later parts join words with "and"/"or" may list articles: kept.
      if (layout) {
        const inHead = (h: Hit) => h.script === "latin" && h.start < layout.headEnd && h.end > layout.headStart;
        const headHasGood = live.some(inHead);
        const headGovernor: Governor = { kind: "article", word: layout.head };
        // After a dash, the later part is the head's attributes only when the head is a good or an article or accessory
        // of the head-noun table ("Jewellery - gold", "Pallets - timber"); after a category it may list what the
        // category holds ("Dry goods - rice, flour"), so its goods are kept.
        const headWords = layout.head.split(" ");
        const tableHead = [1, 2].some((n) => n <= headWords.length && heads.headKind(headWords.slice(-n).join(" ")) !== undefined);
        const keep = (g: string) =>
          !headHasGood && (layout.list || layout.form || heads.keeps(headGovernor, g) || (layout.dash === true && !tableHead));
        const before = live.length;
        live = live
          .map((h) =>
            inHead(h)
              ? h
              : {
                  ...h,
                  entries: h.entries.map((e) => ({ ...e, goods: e.goods.filter(keep) })).filter((e) => e.goods.length > 0),
                },
          )
          .filter((h) => h.entries.length > 0);
        if (before > 0 && live.length === 0) lastHead = headGovernor;
      }
    }
    // Materials ("cotton", "leather", "gold") count only when the text names no other good.
    const products = live.map((h) => ({ term: h.term, entries: h.entries.filter((e) => !e.material) })).filter((h) => h.entries.length > 0);
    const read = products.length > 0 ? products : live;
    // Firework effects: in a text that names fireworks, an effect named after a good ("peony", "cake") is the effect.
    const fireworks = read.some((h) => h.entries.some((e) => e.goods.includes("Fireworks")));
    const chosen = fireworks ? read.filter((h) => !this.fireworkEffects.has(foldText(h.term))) : read;
    const goods: string[] = [];
    for (const h of chosen) for (const e of h.entries) for (const g of e.goods) if (!goods.includes(g)) goods.push(g);
    if (goods.length === 0) {
      if (lastHead?.kind === "service") return { status: "service", goods: [], terms: [], head: lastHead };
      return lastHead ? { status: "unmapped", goods: [], terms: [], head: lastHead } : { status: "unmapped", goods: [], terms: [] };
    }
    return { status: "goods", goods, terms: chosen.map((h) => h.term) };
  }
}

interface Hit {
  entries: CompiledEntry[];
  term: string;
  script: "latin" | "cjk";
  /** Token positions (Latin) or character positions in the CJK key, end exclusive. */
  start: number;
  end: number;
}

/**
 * The text with the words of the Latin terms found in it blanked out, so that a service word inside a good's own name
 * ("training shoes") is not read as a service; with the head-noun stage, also the purpose phrase after a good ("Road
 * salt for winter maintenance": the service word names what the good is for, not the contract) and the inclusion
 * phrase after it ("Carpet replacement, including installation": the service comes with the goods).
 */
function outsideTerms(text: PreparedText, hits: readonly Hit[], heads: HeadNounReader | null): PreparedText {
  const tokens = [...text.tokens];
  const phrases = heads ? heads.latinPhrases(text.folded, text.tokens) : null;
  // A Chinese service word inside a good's own name is part of that name (服务器, a server, holds 服务).
  let cjk = text.cjk;
  for (const h of hits) {
    if (h.script === "cjk") cjk = cjk.slice(0, h.start) + "\u00b7".repeat(h.end - h.start) + cjk.slice(h.end);
  }
  for (const h of hits) {
    if (h.script !== "latin") continue;
    for (let i = h.start; i < h.end; i++) tokens[i] = "\u00b7";
    if (!heads || !phrases) continue;
    const samePhrase = (i: number) => i < tokens.length && phrases[i] === phrases[h.start];
    const opens = (j: number) => heads.isPurpose(text.tokens[j]) || heads.isInclusion(text.tokens[j]);
    let i = h.end;
    while (samePhrase(i) && !opens(i)) i++;
    for (; samePhrase(i); i++) tokens[i] = "\u00b7";
    // A later part of the line that opens with a purpose word ("Face brick, modular, for building repair") says what
    // the good is for; one that opens with or holds an inclusion word ("Carpet replacement, including installation";
    // "Nitrile gloves, freight included") adds a service to the goods.
    const holdsInclusion = (j: number) => {
      for (let k = j; k < tokens.length && phrases[k] === phrases[j]; k++) if (heads.isInclusion(text.tokens[k])) return true;
      return false;
    };
    for (let j = h.end; j < tokens.length; j++) {
      if (phrases[j] === phrases[j - 1] || !(opens(j) || holdsInclusion(j))) continue;
      for (let k = j; k < tokens.length && phrases[k] === phrases[j]; k++) tokens[k] = "\u00b7";
    }
  }
  return { ...text, tokens, padded: ` ${tokens.join(" ")} `, cjk };
}

/**
 * The text an entry's "unless" phrases are looked for in, for one Latin hit: the words after a purpose word that follows
 * the hit in its phrase are blanked out, since they say what the good is for, not what it is ("Whipping cream 1L for hot
 * chocolates" is cream, although "chocolate" stops the dairy entry in "milk chocolate"); so are those after an
 * accompaniment word up to a number, which name what comes with the good ("Human hair wig with wig cap" is a wig,
 * although "wig cap" stops the hair entry).
 */
function beforePurpose(text: PreparedText, hit: Hit, heads: HeadNounReader): PreparedText {
  if (hit.script !== "latin") return text;
  const phrases = heads.latinPhrases(text.folded, text.tokens);
  let i = hit.end;
  while (
    i < text.tokens.length &&
    phrases[i] === phrases[hit.start] &&
    !heads.isPurpose(text.tokens[i]) &&
    !heads.isAccompaniment(text.tokens[i])
  )
    i++;
  if (i >= text.tokens.length || phrases[i] !== phrases[hit.start]) return text;
  // What comes with the good ends at a number: a size or count after it is the whole listing's ("Green Tea with Ginseng
  // and Honey 23 oz Cans": the cans are the tea's).
  const accompaniment = heads.isAccompaniment(text.tokens[i]);
  const tokens = [...text.tokens];
  for (; i < tokens.length && phrases[i] === phrases[hit.start] && !(accompaniment && /\p{N}/u.test(tokens[i])); i++) tokens[i] = "\u00b7";
  return { ...text, tokens, padded: ` ${tokens.join(" ")} ` };
}

/** A character of a Chinese (or Japanese, Korean) word. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function add(map: Map<string, CompiledEntry[]>, key: string, entry: CompiledEntry): void {
  const list = map.get(key) ?? [];
  if (!list.includes(entry)) list.push(entry);
  map.set(key, list);
}

let bundled: ProductReader | null = null;

/**
 * The term file with a language table's names of goods, negations, services and animal feeds (thai.json,
 * russian.json). `negations` are the words read as negations: the table's own unless told otherwise.
 */
function withLanguage(file: TermFile, table: LanguageTable, negations: string[] = table.negations): TermFile {
  return {
    ...file,
    entries: [...file.entries, ...table.entries],
    negations: [...(file.negations ?? []), ...negations],
    services: [...file.services, ...table.services],
    animalUse: [...(file.animalUse ?? []), ...table.animalUse],
  };
}

/** The term file with the Thai table's names of goods, negations, services and animal feeds (src/data/sector/thai.json). */
export function withThai(file: TermFile): TermFile {
  const thai = thaiTable();
  // A term right after a Thai "for" ("สำหรับทูน่า", for tuna) names what the product is for, as one after a negation
  // names what it lacks: neither is the product's good.
  return withLanguage(file, thai, [...thai.negations, ...thai.purpose]);
}

/** The term file with the Russian table's names of goods, negations, services and animal feeds (src/data/sector/russian.json). */
export function withRussian(file: TermFile): TermFile {
  return withLanguage(file, russianTable());
}

/**
 * The term file with the Polish and Czech tables' names of goods, negations, services and animal feeds
 * (src/data/sector/polish.json, czech.json). A term right after a Polish or Czech "for" ("Szafka na buty", "Krmivo pro
 * ryby") names what the product is for, as one after a negation names what it lacks.
 */
export function withPolishCzech(file: TermFile): TermFile {
  return [polishTable(), czechTable()].reduce((f, t) => withLanguage(f, t, [...t.negations, ...t.purpose]), file);
}

/**
 * The term file with the French, Spanish and Italian tables' names of goods and services (src/data/sector/french.json,
 * spanish.json, italian.json): the wording of EU supply notices.
 */
export function withRomance(file: TermFile): TermFile {
  return romanceTables().reduce((f, t) => withLanguage(f, t), file);
}

/** The reader for the bundled term table. */
export function bundledProductReader(): ProductReader {
  bundled ??= new ProductReader(
    withRomance(withPolishCzech(withRussian(withThai(termsJson as TermFile)))),
    bundledHeadNounReader(),
    bundledAttributeLayoutReader(),
    bundledLinePrefixReader(),
    bundledBrandReader(),
    bundledSharedModifierReader(),
    bundledImitationReader(),
    bundledCompoundReader(),
    bundledJapaneseReader(),
    bundledTurkishReader(),
    bundledVietnameseReader(),
    bundledRussianReader(),
    bundledPackingMediumReader(),
    bundledCargoDescriptionReader(),
    bundledCpvReader(),
    bundledSpendLabelReader(),
    bundledExpenseLineReader(),
    bundledBomLineReader(),
  );
  return bundled;
}
