import { endsInLegalForm, isShortNameLabel, mayHaveParts, readCellAnatomy, readCellParts } from "../cells/anatomy";
import { swiftNameReadings } from "../cells/swift";
import { namesOwnerAlone } from "../cells/enrichment";
import { foldWidths } from "../cells/widths";
import { ocrReading, type OcrRepair } from "../cells/ocr";
import { statusOfName } from "../dataset/removed-names";
import type { Dataset } from "../dataset/schema";
import { CountryEvidenceBook, cappedWhereNameNamesAnotherCountry } from "../matching/country-evidence";
import { Match } from "../matching/name-match";
import { coversSubordinates, readSubordinateUnit } from "../matching/subordinate-units";
import { NO_MATCHES, NameIndex, QUICK_MISS, WEIGHTS, type NameIndexOptions } from "../matching/name-index";
import { noteWithMatchRedescribed, writeNote } from "../notes/note";
import { bundledTables, type NormalisationTables } from "../normalise/tables";
import { NO_HITS, RuleBook } from "../rules/region-product";
import { readCell, readOptionalCell } from "./input";
import { hasCyrillic, readCyrillic } from "../transliterate/cyrillic";
import { ListedSounds } from "../transliterate/sound";
import { ListedKana, hasKatakana, readKatakana } from "../transliterate/katakana";
import { hasCjk } from "../normalise/text";
import { RecentNameMatches, RecentResults, textHash, type NameMatches } from "./recent-results";
import type { NameMatch, Risk, RuleHit, ScreenInput, ScreenResult, SkipReason } from "./types";

/** What the recent-names table keeps for a name. */
class NameMatchesOf implements NameMatches {
  resultWithoutRules: ScreenResult | undefined = undefined;

  constructor(
    readonly matches: NameMatch[],
    readonly mentionsRegion: boolean,
  ) {}
}

/** Most names match nothing: they share these two answers, which also keeps the recent-names table small. */
const NOTHING_FOUND = Object.freeze(new NameMatchesOf(NO_MATCHES, false));
const NOTHING_FOUND_REGION_WORD = Object.freeze(new NameMatchesOf(NO_MATCHES, true));
const SKIP_REASONS: readonly SkipReason[] = ["empty", "placeholder", "not_text", "error_value", "too_long"];

/**
 * Results are built by one constructor rather than as object literals: all share one shape, and on the
 * benchmark this allocated faster. They are plain data, read-only by convention; the shared ones are frozen.
 */
class Result implements ScreenResult {
  constructor(
    readonly risk: Risk,
    readonly score: number,
    readonly match: NameMatch | null,
    readonly otherMatches: NameMatch[],
    readonly ruleHits: RuleHit[],
    readonly note: string,
    readonly skipped: ScreenResult["skipped"],
    readonly datasetVersion: string,
  ) {}
}

const IN_FORCE = new Set(["active", "partially_active"]);

/**
 * The one screening engine. Build it once per dataset (compiling the index takes a few milliseconds),
 * then call screen() for each row; it never throws on any cell value.
 */
export class Screener {
  readonly version: string;
  private readonly index: NameIndex;
  private readonly rules: RuleBook;
  private readonly countryEvidence: CountryEvidenceBook;
  private readonly listingCount: number;
  /** The one result of every row that matches nothing, and of every row skipped for each reason. */
  private readonly nothingFound: ScreenResult;
  private readonly skippedResults: Record<SkipReason, ScreenResult>;
  private readonly recent = new RecentResults();
  private readonly recentNames = new RecentNameMatches();
  private readonly resultsByHits = new WeakMap<readonly RuleHit[], ScreenResult>();
  /** The listed Latin names' words by sound, for Cyrillic words read by ear (src/core/transliterate/sound.ts). */
  private readonly sounds: ListedSounds;
  /** The listed Latin names' runs of words by their consonant keys, for katakana heard by ear. */
  private readonly kana: ListedKana;

  /** `options` are for tests (see NameIndexOptions). */
  constructor(
    readonly dataset: Dataset,
    tables: NormalisationTables = bundledTables(),
    options: NameIndexOptions = {},
  ) {
    this.version = dataset.version;
    this.rules = new RuleBook(dataset, (word) => tables.abbreviations.get(word) ?? word);
    this.index = new NameIndex(dataset.listings, tables, options, (word) => this.rules.isRegionWord(word));
    this.countryEvidence = new CountryEvidenceBook(dataset.listings);
    this.listingCount = dataset.listings.length;
    const listedNames = dataset.listings.flatMap((l) => l.names.map((n) => n.name));
    // Not a legal form, place or business word of the normalisation tables.
    const distinctive = (word: string) => !tables.tokenClasses.has(word) && !tables.abbreviations.has(word);
    this.sounds = new ListedSounds(listedNames, distinctive);
    this.kana = new ListedKana(listedNames, distinctive);
    this.nothingFound = this.sharedResult(null);
    this.skippedResults = Object.fromEntries(SKIP_REASONS.map((reason) => [reason, this.sharedResult(reason)])) as Record<
      SkipReason,
      ScreenResult
    >;
  }

  private sharedResult(skipped: SkipReason | null): ScreenResult {
    const note = writeNote({
      risk: "none",
      skipped,
      match: null,
      otherMatches: NO_MATCHES,
      ruleHits: NO_HITS,
      datasetVersion: this.version,
      listingCount: this.listingCount,
    });
    return Object.freeze(new Result("none", 0, null, NO_MATCHES, NO_HITS, note, skipped, this.version));
  }

  screen(input: ScreenInput): ScreenResult {
    try {
      return this.screenUnsafe(input);
    } catch (error) {
      // A defect in matching must not stop a 100,000-row run; the row says so and asks for a check.
      return new Result(
        "review",
        0,
        null,
        [],
        [],
        `Could not be screened because of an internal error (${(error as Error).message}). Check this supplier by hand. Dataset ${this.version}.`,
        null,
        this.version,
      );
    }
  }

  screenAll(inputs: readonly ScreenInput[]): ScreenResult[] {
    return inputs.map((input) => this.screen(input));
  }

  private screenUnsafe(input: ScreenInput): ScreenResult {
    const read = readCell(input.name);
    if (read.skipped) return this.skippedResults[read.skipped];
    // Full-width and half-width forms (ＳＩ－３０１１８, ｽｰﾊﾟｰﾏｯｸｽ) in their ordinary forms first (src/core/cells/widths.ts).
    const text = foldWidths(read.text);
    if (hasKatakana(text)) return this.screenKatakana(text, input);
    // The OCR stage (src/core/cells/ocr.ts): a cell with an invoice capture's confusions inside a word ("P1ant",
    // "Farrn", "lndustrial") is screened as written and as read with them undone.
    const ocr = ocrReading(text, this.knowsWord);
    const asWritten = this.screenText(text, input);
    return ocr === null ? asWritten : this.better(asWritten, this.readAsOcr(this.screenText(ocr.text, input), ocr.repairs, input));
  }

  private readonly knowsWord = (word: string): boolean => this.index.knowsWord(word);

  /**
   * A match on the cell read with OCR confusions undone rests on the repair as a match on a typo does: it costs
   * WEIGHTS.typo for each repaired word the listed name holds (one at least), and says which word was read so. The
   * better of it and the cell as written is kept per listing (Screener.better), so a match the cell gives as written
   * keeps its score. Like a typo it is not literal: a row placed in another country than the listing's drops it
   * (src/core/matching/country-evidence.ts), where the repaired text, screened as text of its own, found it literal.
   */
  private readAsOcr(result: ScreenResult, repairs: readonly OcrRepair[], input: ScreenInput): ScreenResult {
    if (result.match === null) return result;
    const countryText = readOptionalCell(input.country);
    const rowCodes = countryText === "" ? [] : this.rules.countryCodes(countryText);
    const matches = [result.match, ...result.otherMatches].filter((m) => !this.countryEvidence.differs([m], rowCodes));
    const kept = matches.map((m) => {
      const words: string[] = m.matched.name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const used = repairs.filter((r) => words.includes(r.read.toLowerCase()));
      const shown = used.length > 0 ? used : repairs;
      const evidence = {
        kind: "fuzzy",
        text: `read as ${shown.map((r) => `"${r.read}" for "${r.written}"`).join(", ")} (OCR)`,
      } as const;
      const score = Math.max(0, m.score - WEIGHTS.typo * Math.max(1, used.length));
      return new Match(m.listing, m.matched, score, [evidence, ...m.evidence], false, m.part);
    });
    return this.resultOf(
      kept.sort((a, b) => b.score - a.score),
      result.ruleHits,
    );
  }

  /** A cell's text without katakana: through the Cyrillic stage when it has a Cyrillic letter. */
  private screenText(text: string, input: ScreenInput): ScreenResult {
    return hasCyrillic(text) ? this.screenCyrillic(text, input) : this.screenRead(text, input);
  }

  /** The Cyrillic stage: a cell with a Cyrillic letter is screened in Latin letters (src/core/transliterate/cyrillic.ts). */
  private screenCyrillic(text: string, input: ScreenInput): ScreenResult {
    const cyrillic = readCyrillic(text, undefined, this.sounds);
    const result = this.screenRead(cyrillic.text, input);
    if (cyrillic.byEar.length === 0 || result.match === null) return result;
    // Some words were read by ear: what the cell gives read letter by letter only tells which matches depend on them.
    const spelt = this.screenRead(readCyrillic(text).text, input);
    return this.heardAtMostPossible(result, spelt, cyrillic.byEar, input);
  }

  /**
   * The katakana stage (src/core/transliterate/katakana.ts): loanwords beside Chinese characters read as the Chinese
   * word (a translated word: WEIGHTS.otherReading each, not literal), katakana heard as listed Latin words by ear (at
   * most Review, as Cyrillic heard by ear).
   */
  private screenKatakana(text: string, input: ScreenInput): ScreenResult {
    const reading = readKatakana(text, this.kana);
    let result = this.screenText(reading.text, input);
    if (reading.byEar.length > 0) {
      // Every match on a cell with katakana heard depends on it: what the cell holds beside it is screened next.
      if (result.match !== null) result = this.heardAtMostPossible(result, this.nothingFound, reading.byEar, input, "katakana");
      // What the cell holds beside the katakana heard (納思達 of "納思達（ナインスター）") is screened as written too.
      if (reading.unheard !== "") result = this.better(result, this.screenText(reading.unheard, input));
    }
    if (reading.translated.length > 0) result = this.readAsTranslated(result, reading.translated);
    return result;
  }

  /** Two readings of one row: the better match per listing of both, with the first reading's rule hits. */
  private better(a: ScreenResult, b: ScreenResult): ScreenResult {
    if (b.match === null) return a;
    if (a.match === null) return b;
    const best = new Map<NameMatch["listing"], NameMatch>();
    for (const m of [a.match, ...a.otherMatches, b.match, ...b.otherMatches]) {
      const known = best.get(m.listing);
      best.set(m.listing, known ? better(known, m) : m);
    }
    return this.resultOf(
      [...best.values()].sort((x, y) => y.score - x.score),
      a.ruleHits,
    );
  }

  /** A match on a Chinese name with Japanese loanwords read as Chinese words costs WEIGHTS.otherReading for each. */
  private readAsTranslated(result: ScreenResult, words: readonly string[]): ScreenResult {
    if (result.match === null) return result;
    const evidence = { kind: "fuzzy", text: `Japanese loanword read as the Chinese word "${words.join(", ")}"` } as const;
    const kept = [result.match, ...result.otherMatches].map((m) =>
      hasCjk(m.matched.name)
        ? new Match(
            m.listing,
            m.matched,
            Math.max(0, m.score - WEIGHTS.otherReading * words.length),
            [evidence, ...m.evidence],
            false,
            m.part,
          )
        : m,
    );
    return this.resultOf(
      kept.sort((a, b) => b.score - a.score),
      result.ruleHits,
    );
  }

  /**
   * A match on a listed name with a word read by ear from Cyrillic (Хошайн as Hoshine: src/core/transliterate/sound.ts)
   * or katakana (トップグローブ as Top Glove: src/core/transliterate/katakana.ts) is a reading, not the name as written: a match that the cell read letter by letter (`spelt`) does not give as
   * strongly is kept below a strong match (Review at most), whichever of the listing's names it matched (a Latin name
   * or, through the pinyin reading, a Chinese one), and is not literal, so a row in another country than the listing's
   * drops it (src/core/matching/country-evidence.ts). A match the cell gives as strongly letter by letter (a Latin name
   * written beside its Cyrillic rendering) keeps its score. A lifted listing's match keeps its score (it says the order
   * was lifted, not a risk).
   */
  private heardAtMostPossible(
    result: ScreenResult,
    spelt: ScreenResult,
    byEar: readonly string[],
    input: ScreenInput,
    from = "Cyrillic",
  ): ScreenResult {
    const matches = [result.match!, ...result.otherMatches];
    const speltMatches = spelt.match === null ? [] : [spelt.match, ...spelt.otherMatches];
    const countryText = readOptionalCell(input.country);
    const rowCodes = countryText === "" ? [] : this.rules.countryCodes(countryText);
    let changed = false;
    const kept: NameMatch[] = [];
    for (const m of matches) {
      const asSpelt = speltMatches.find((s) => s.listing === m.listing);
      if (m.score <= POSSIBLE_CEILING || statusOfName(m.listing, m.matched) === "inactive" || (asSpelt && asSpelt.score >= m.score)) {
        kept.push(m);
        continue;
      }
      changed = true;
      // Not literal: in a row placed in another country than the listing's, a reading drops.
      if (this.countryEvidence.differs([m], rowCodes)) continue;
      const words: string[] = m.matched.name.toLowerCase().match(/[a-z]+/g) ?? [];
      const heard = byEar.filter((w) => words.includes(w));
      const evidence = { kind: "fuzzy", text: `read by ear from ${from} as "${(heard.length > 0 ? heard : byEar).join(" ")}"` } as const;
      kept.push(new Match(m.listing, m.matched, Math.min(m.score, POSSIBLE_CEILING), [evidence, ...m.evidence], false, m.part));
    }
    return changed
      ? this.resultOf(
          kept.sort((a, b) => b.score - a.score),
          result.ruleHits,
        )
      : result;
  }

  private screenRead(text: string, input: ScreenInput): ScreenResult {
    const cell = { text };
    const nameHash = textHash(cell.text);
    const found = this.matchName(cell.text, nameHash);
    const countryText = readOptionalCell(input.country);
    // Country evidence: a row placed in another country than the listing's keeps only literal matches.
    if (found.matches.length > 0 && countryText !== "") {
      const rowCodes = this.rules.countryCodes(countryText);
      if (this.countryEvidence.differs(found.matches, rowCodes)) {
        // Such rows are remembered by name and country, like the rows a rule applies to; by product too only
        // where a rule may fire (otherwise the product changes nothing).
        const mayFire = this.rules.mayFire(found.mentionsRegion, countryText);
        const product = mayFire ? input.product : undefined;
        const key = this.recent.keyFor(nameHash, input.country, product);
        const known = key < 0 ? undefined : this.recent.get(key, cell.text, input.country as string, product as string);
        if (known) return known;
        const kept = this.countryEvidence.apply(found.matches, rowCodes);
        const ruleHits = mayFire
          ? this.rules.evaluate({
              nameText: cell.text,
              countryText,
              productText: readOptionalCell(input.product),
              nameMentionsRegion: found.mentionsRegion,
            })
          : NO_HITS;
        const result =
          ruleHits.length === 0 && kept.length === found.matches.length
            ? this.resultWithCountryNotes(found, kept)
            : this.resultOf(kept, ruleHits);
        if (key >= 0) this.recent.set(key, cell.text, input.country as string, product as string, result);
        return result;
      }
    }
    if (!this.rules.mayFire(found.mentionsRegion, countryText)) return this.resultWithoutRules(found);
    // A rule may apply: the result depends on the whole row, which is remembered whole.
    const { country, product } = input;
    const key = this.recent.keyFor(nameHash, country, product);
    const known = key < 0 ? undefined : this.recent.get(key, cell.text, country as string, product as string);
    if (known) return known;
    const ruleHits = this.rules.evaluate({
      nameText: cell.text,
      countryText,
      productText: readOptionalCell(product),
      nameMentionsRegion: found.mentionsRegion,
    });
    const result =
      ruleHits.length === 0
        ? this.resultWithoutRules(found)
        : found.matches.length === 0
          ? this.resultOfRulesOnly(ruleHits)
          : this.resultOf(found.matches, ruleHits);
    if (key >= 0) this.recent.set(key, cell.text, country as string, product as string, result);
    return result;
  }

  /** With no rule applying, the result depends on the name alone: worked out once per name, whatever the country and product. */
  private resultWithoutRules(found: NameMatches): ScreenResult {
    if (found.matches.length === 0) return this.nothingFound;
    return (found.resultWithoutRules ??= this.resultOf(found.matches, NO_HITS));
  }

  /**
   * The result of a row in another country whose matches all stand (`kept`: the name's matches in the same
   * order, the literal ones with a note that the countries differ) and to which no rule applies. Only the
   * evidence differs from the name's result without rules, so its note is that result's with the best match
   * described again (resultOf would write the same note in full).
   */
  private resultWithCountryNotes(found: NameMatches, kept: NameMatch[]): ScreenResult {
    const before = this.resultWithoutRules(found);
    const { risk, primary } = decide(kept, NO_HITS);
    if (primary === null || before.match === null) return this.resultOf(kept, NO_HITS);
    const otherMatches = kept.length > 1 ? kept.filter((m) => m !== primary) : [];
    const note = primary === before.match ? before.note : noteWithMatchRedescribed(before.note, before.match, primary);
    return new Result(risk, primary.score, primary, otherMatches, NO_HITS, note, null, this.version);
  }

  /** The rule book shares hits between rows of the same country and product: so do their results. */
  private resultOfRulesOnly(ruleHits: RuleHit[]): ScreenResult {
    let result = this.resultsByHits.get(ruleHits);
    if (result === undefined) {
      result = this.resultOf(NO_MATCHES, ruleHits);
      this.resultsByHits.set(ruleHits, result);
    }
    return result;
  }

  private resultOf(matches: NameMatch[], ruleHits: RuleHit[]): ScreenResult {
    if (matches.length === 0 && ruleHits.length === 0) return this.nothingFound;
    const { risk, primary } = decide(matches, ruleHits);
    const otherMatches = matches.length > 1 ? matches.filter((m) => m !== primary) : primary ? [] : matches;
    const note = writeNote({
      risk,
      skipped: null,
      match: primary,
      otherMatches,
      ruleHits,
      datasetVersion: this.version,
      listingCount: this.listingCount,
    });
    return new Result(risk, primary?.score ?? 0, primary, otherMatches, ruleHits, note, null, this.version);
  }

  private matchName(text: string, hash: number): NameMatches {
    const key = this.recentNames.keyFor(hash);
    const known = key < 0 ? undefined : this.recentNames.get(key, text);
    if (known) return known;
    const found = this.findMatches(text);
    if (key >= 0) this.recentNames.set(key, text, undefined, undefined, found);
    return found;
  }

  private findMatches(text: string): NameMatches {
    const quick = this.index.quickRead(text);
    const missed = typeof quick === "number" && quick !== QUICK_MISS.unsure;
    // A SWIFT party field whose name was cut mid-word over lines ("… INGREDI" / "ENTS …", src/core/cells/swift.ts): the
    // whole cell's words trace no listed name, its reading with the lines joined may; the required words decide.
    if (missed && !swiftNameReadings(text).some((r) => this.index.quickMiss(r.text) === QUICK_MISS.unsure))
      return quick === QUICK_MISS.noMatchWatched ? NOTHING_FOUND_REGION_WORD : NOTHING_FOUND;
    const whole = this.index.matchCell(text, typeof quick === "number" ? undefined : quick);
    const words = whole.words;
    const parts = this.matchParts(text, whole.matches);
    const found = (parts[0]?.score ?? 0) >= WEIGHTS.strong ? parts : this.matchUnit(text, parts);
    // A name that names another country than the listing's (Serbia Zijin Mining): a possible subsidiary, Review at most.
    const matches =
      found.length > 0 && found[0].score >= WEIGHTS.strong
        ? cappedWhereNameNamesAnotherCountry(text, found, POSSIBLE_CEILING, (m) =>
            statusOfName(m.listing, m.matched) === "inactive" ? null : this.countryEvidence.countries(m.listing),
          )
        : found;
    // Only what the row needs is kept: the name's words would cost more memory than working them out again.
    const mentionsRegion = this.rules.mentionsRegion(text, words);
    return matches.length > 0 ? new NameMatchesOf(matches, mentionsRegion) : mentionsRegion ? NOTHING_FOUND_REGION_WORD : NOTHING_FOUND;
  }

  /**
   * A subordinate unit named after its parent ("XPCC 8th Division", "新疆生产建设兵团第八师"): the parent's
   * matches to listings that cover their subordinates, as a match of the unit.
   */
  private matchUnit(text: string, matches: NameMatch[]): NameMatch[] {
    // The unit may sit in one part of the cell ("XPCC 3rd Division (ID 1234)"), or before an address that has no
    // legal form to end the name ("Bingtuan Eleventh Division, 12 Main Street, Springfield"): the text before the
    // first comma is read too, and the first reading whose parent matches a listing wins.
    let unit = readSubordinateUnit(text);
    if (!unit) return matches;
    const units = [unit];
    for (const part of readCellAnatomy(text).candidates) unit = readSubordinateUnit(part.text) ?? unit;
    units.unshift(unit);
    const firstReading = this.index.shorterReadings(text)[0];
    const beforeComma = firstReading && readSubordinateUnit(firstReading.text);
    if (beforeComma) units.push(beforeComma);
    // A unit behind a SWIFT party field's marks ("ON BEHALF OF BINGTUAN (XPCC) 7TH DIVISION …", 2026-12zw round): tried
    // last, where the readings above found no parent.
    for (const r of swiftNameReadings(text)) {
      const u = readSubordinateUnit(r.text);
      if (u) units.push(u);
    }
    let parentMatches = NO_MATCHES;
    for (const u of units) {
      parentMatches = this.index.matchCell(u.parent).matches;
      unit = u;
      if (parentMatches.some((m) => coversSubordinates(m.listing) && m.score >= WEIGHTS.strong)) break;
    }
    const best = new Map<NameMatch["listing"], NameMatch>(matches.map((m) => [m.listing, m]));
    for (const m of parentMatches) {
      if (!coversSubordinates(m.listing) || m.score < WEIGHTS.strong) continue;
      const found = new Match(
        m.listing,
        m.matched,
        Math.min(m.score, 1 - WEIGHTS.cjkSubordinate),
        [{ kind: "extra_word", text: `a subordinate unit ("${unit.unit}") of a listing that covers its subordinates` }, ...m.evidence],
        false,
        m.part,
      );
      const known = best.get(m.listing);
      best.set(m.listing, known ? better(known, found) : found);
    }
    return best.size === 0 ? NO_MATCHES : [...best.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * A cell that holds more than a name (src/core/cells): each candidate part is matched on its own, and the
   * best match per listing kept, naming the part that matched. A care-of or attention part is never the
   * supplier, so the whole cell is then not matched as one name.
   */
  private matchParts(text: string, wholeMatches: NameMatch[]): NameMatch[] {
    if (!mayHaveParts(text)) return wholeMatches;
    const anatomy = readCellParts(text);
    if (!anatomy.structured) return wholeMatches;
    const best = new Map<NameMatch["listing"], NameMatch>();
    // "Parent : Child": each name is screened on its own, never the two as one name.
    const subVendor = anatomy.parts.some((p) => p.role === "parent");
    // A forwarder or agent before the maker ("… LTD O/B …"): each party is screened on its own, never the two as one
    // name, so the forwarder's words are never evidence for the maker (2026-12zt round).
    const agent = anatomy.parts.some((p) => p.role === "agent");
    // A parent or ultimate owner an enrichment export names after the supplier ("… | GU: …", 2026-12zx round): screened on
    // its own, never with the supplier's words.
    const ultimate = anatomy.parts.some((p) => p.role === "ultimate");
    // A cell that names the owner alone ("GU: …" and no other name): the owner stands in the supplier's place, and a
    // match on it is not capped (review-names-8).
    const ownerAlone = ultimate && namesOwnerAlone(text);
    // A distributor a federal vendor master names after "VIA DISTRIBUTOR" (2026-12zzc round): screened on its own.
    const distributor = anatomy.parts.some((p) => p.role === "distributor");
    if (!anatomy.hasNonSupplierPart && !subVendor && !agent && !ultimate && !distributor)
      for (const m of wholeMatches) best.set(m.listing, m);
    const whole = text.trim();
    for (const part of anatomy.candidates) {
      if (part.text === whole) continue;
      for (const m of this.index.matchCell(part.text).matches) {
        // A care-of party is never the supplier (a listed maker keyed after c/o beside a forwarder): at most a
        // possible match, with the reason in the note, so the buyer checks whose goods the row buys. The name itself
        // may still be literal (the country evidence keeps a literal match when the row's country differs).
        const careOf = part.role === "care_of";
        // A parent or ultimate owner ("GU: …", "Parent: …") is not the supplier either: a listed parent found so is a
        // possible match for the supplier, the note saying the parent is listed (2026-12zx round).
        // Not when the owner is the only name in the cell, nor when its listing covers its subsidiaries ("Hoshine … and
        // Subsidiaries": the supplier under it is covered; review-names-8).
        const coveredUnder = part.role === "ultimate" && !ownerAlone && coversSubordinates(m.listing);
        const owner = part.role === "ultimate" && !ownerAlone && !coveredUnder;
        // A distributor the goods are bought through ("… VIA DISTRIBUTOR …") is not the supplier: at most a possible match.
        const dealer = part.role === "distributor";
        const capped = careOf || owner || dealer;
        const evidence = careOf
          ? [CARE_OF_EVIDENCE, ...m.evidence]
          : dealer
            ? [DISTRIBUTOR_EVIDENCE, ...m.evidence]
            : owner
              ? [ULTIMATE_EVIDENCE, ...m.evidence]
              : coveredUnder
                ? [COVERED_UNDER_EVIDENCE, ...m.evidence]
                : part.role === "ultimate"
                  ? [OWNER_ALONE_EVIDENCE, ...m.evidence]
                  : m.evidence;
        const found = new Match(m.listing, m.matched, capped ? Math.min(m.score, POSSIBLE_CEILING) : m.score, evidence, m.literal, {
          role: part.role,
          text: part.text,
        });
        const known = best.get(m.listing);
        best.set(m.listing, known ? better(known, found) : found);
      }
    }
    if (best.size === 0) return NO_MATCHES;
    // A name the register labels as a short name (简称: "晨光生物（简称）", "简称：合盛硅业") is by its own word not the
    // registered name: a possible match at most, as a short form without the legal form is (issue 10 §2).
    // A full registered name with the label beside it ("合盛硅业股份有限公司（简称）") is not capped (review-names-4).
    // A note set aside at the end ("骆驼股份 供应商简称 [STORES]") hides the label from the cell's own reading: the
    // text without the code parts is read again for it (found by the property test once 12zz entered its pool).
    const own = anatomy.parts.find((p) => p.role === "code" && isShortNameLabel(p.text));
    const label = own ? { rest: text.slice(0, own.start) + text.slice(own.end) } : labelBehindCodes(text, anatomy.parts);
    if (label && !endsInLegalForm(label.rest))
      for (const [listing, m] of best)
        if (m.score > POSSIBLE_CEILING)
          best.set(listing, new Match(m.listing, m.matched, POSSIBLE_CEILING, [SHORT_NAME_EVIDENCE, ...m.evidence], m.literal, m.part));
    const sorted = [...best.values()].sort((a, b) => b.score - a.score);
    // The child of "Parent : Child" is the supplier: a strong match of the child comes before one of its parent.
    return subVendor ? sorted.sort((a, b) => childFirst(a) - childFirst(b)) : sorted;
  }
}

/** A short-name label the cell shows once its code parts are set aside, with the text left without it. */
function labelBehindCodes(
  text: string,
  parts: ReadonlyArray<{ role: string; text: string; start: number; end: number }>,
): { rest: string } | undefined {
  const codes = parts.filter((p) => p.role === "code");
  if (codes.length === 0) return undefined;
  let bare = text;
  for (const c of [...codes].sort((a, b) => b.start - a.start)) bare = bare.slice(0, c.start) + bare.slice(c.end);
  bare = bare.trim();
  if (bare === "" || bare === text.trim()) return undefined;
  const label = readCellParts(bare).parts.find((p) => p.role === "code" && isShortNameLabel(p.text));
  return label ? { rest: bare.slice(0, label.start) + bare.slice(label.end) } : undefined;
}

const ULTIMATE_EVIDENCE = {
  kind: "extra_word",
  text: "named as the supplier's parent or ultimate owner (GU / DU / Parent), not as the supplier: the parent is listed",
} as const;

const OWNER_ALONE_EVIDENCE = {
  kind: "extra_word",
  text: "named as the parent or ultimate owner (GU / DU / Parent) with no other name in the cell: read as the supplier",
} as const;

const COVERED_UNDER_EVIDENCE = {
  kind: "extra_word",
  text: "named as the supplier's parent or ultimate owner (GU / DU / Parent), whose listing covers its subsidiaries",
} as const;

const DISTRIBUTOR_EVIDENCE = {
  kind: "extra_word",
  text: "named as the distributor the goods are bought through (VIA DISTRIBUTOR), not as the supplier",
} as const;

const CARE_OF_EVIDENCE = { kind: "extra_word", text: "named after c/o (care of) beside a forwarder, not as the supplier" } as const;

/**
 * The highest score of a possible match kept below a strong one, so never "high": a match on a word read by ear (from
 * Cyrillic or katakana), on a name that names another country than the listing's, on a care-of party (issue 10: a
 * c/o part is never the supplier), or on a name the register labels a short name (简称).
 */
const POSSIBLE_CEILING = WEIGHTS.possible + (WEIGHTS.strong - WEIGHTS.possible) / 2;

const SHORT_NAME_EVIDENCE = {
  kind: "extra_word",
  text: "labelled a short name (简称) in the register: a short form, not the registered name",
} as const;

/** 0 for a strong match of the supplier, 1 for a strong match of a parent vendor, 2 for a weaker match (order kept within each). */
function childFirst(m: NameMatch): number {
  return m.score < WEIGHTS.strong ? 2 : m.part?.role === "parent" ? 1 : 0;
}

/** The better of two matches to one listing; on a tie, the one found first. */
function better(a: NameMatch, b: NameMatch): NameMatch {
  return b.score > a.score ? b : a;
}

/**
 * high: a strong match to a listing in force, by a name the listing still covers. review: a possible match to a listing in force or of
 * unverified status, a strong match to one of unverified status, or a region/product rule. lifted: a strong
 * match only to listings no longer in force. A weak resemblance to a lifted listing is not a flag.
 */
export function decide(matches: readonly NameMatch[], ruleHits: readonly RuleHit[]): { risk: Risk; primary: NameMatch | null } {
  const strong = matches.filter((m) => m.score >= WEIGHTS.strong);
  // A name the order no longer covers (the removed firms of a partly modified order) stands for a lifted order.
  const highMatch = strong.find((m) => IN_FORCE.has(statusOfName(m.listing, m.matched)));
  if (highMatch) return { risk: "high", primary: highMatch };
  const reviewMatch = matches.find((m) => statusOfName(m.listing, m.matched) !== "inactive");
  if (reviewMatch) return { risk: "review", primary: reviewMatch };
  if (ruleHits.length > 0) return { risk: "review", primary: strong[0] ?? null };
  if (strong.length > 0) return { risk: "lifted", primary: strong[0] };
  return { risk: "none", primary: null };
}
