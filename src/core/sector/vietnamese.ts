/**
 * The Vietnamese stage of the product reader. Vietnamese is written with tone marks and with đ (d with a stroke), and
 * ERP registers often write it folded to ASCII ("Giay vai canvas", "Dep lao nam"). The reader folds the tone marks away
 * as it does every Latin accent, and reads đ as d, as the ASCII registers write it. Folding makes a few words of
 * different meaning one ("giày" shoes and "giấy" paper are both "giay"; "sợi" yarn and "sồi" oak both "soi"): such a
 * word is read as the good only when written with its own marks, or, written bare, in a text with a word that settles
 * it ("giay the thao", "soi cotton"); otherwise it is read in its other meaning, which names no good. Vietnamese puts the
 * head first ("áo polo vải cotton", a polo shirt of cotton fabric; "đế giày", a shoe sole): the head-noun stage reads a
 * Vietnamese phrase so (src/core/sector/head-noun.ts). The table is src/data/sector/vietnamese.json; the rule is in
 * docs/sector-risk.md, "Vietnamese: tone marks, đ and the head first". Pure.
 */
import vietnameseJson from "../../data/sector/vietnamese.json";
import { foldText } from "../normalise/text";

export interface VietnameseHomograph {
  /** The word as the good is written, with its marks ("giày"). */
  good: string;
  /** What the bare (ASCII) word is read as when nothing settles it: the other meaning, in English ("paper"). */
  otherwise: string;
  /** Folded words or phrases that, anywhere in the text, settle a bare word as the good ("the thao", "dep"). */
  settle: string[];
}

export interface VietnameseFile {
  homographs: VietnameseHomograph[];
}

/**
 * Letters only Vietnamese writes among the reader's Latin languages: ă đ ơ ư and the vowels with a tone mark below or
 * a hook, or with two marks (Latin Extended Additional: ạ ả ấ ầ … ỹ); â ê ô are French and Portuguese too.
 */
const VIETNAMESE_LETTER = /[ăđơưĂĐƠƯ\u1EA0-\u1EF9]/u;

/** Whether a text is written in Vietnamese with its marks. */
export function writesVietnamese(text: string): boolean {
  return VIETNAMESE_LETTER.test(text);
}

/** A Vietnamese syllable: an onset, one to three vowels, a coda ("giày", "cá", "tranh"). */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[àáãèéìíòóõùúýâêôaeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/**
 * Whether a term of the table is written in Vietnamese: with a letter only Vietnamese writes, or with a tone mark
 * Vietnamese shares with other languages (à, á, ã …) on words that are all Vietnamese syllables ("giày", "cá tra").
 */
export function vietnameseTerm(term: string): boolean {
  if (writesVietnamese(term)) return true;
  const words = term.toLowerCase().split(/\s+/);
  return /[àáãèéìíòóõùúý]/.test(term) && words.every((w) => SYLLABLE.test(w));
}

/** The text with đ written d, as ASCII-folded Vietnamese writes it ("Đầm" → "Dầm"); the tone marks fold as any accent. */
export function dStroke(text: string): string {
  return text.includes("đ") || text.includes("Đ") ? text.replace(/đ/g, "d").replace(/Đ/g, "D") : text;
}

const nfc = (w: string) => w.normalize("NFC").toLowerCase();

export class VietnameseReader {
  private readonly homographs = new Map<string, { good: string; otherwise: string; settle: string[][] }>();

  constructor(file: VietnameseFile) {
    for (const h of file.homographs) {
      this.homographs.set(foldText(dStroke(h.good)), {
        good: nfc(dStroke(h.good)),
        otherwise: h.otherwise,
        settle: h.settle.map((s) => foldText(s).split(/\s+/)),
      });
    }
  }

  /** The folded homographs (for the data check). */
  get words(): string[] {
    return [...this.homographs.keys()];
  }

  /** The text with đ read as d and a homograph not settled as the good written in its other meaning. */
  read(text: string): string {
    const written = dStroke(text);
    if (this.homographs.size === 0) return written;
    const tokens = foldText(written)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const has = (phrase: string[]) => tokens.some((_, i) => phrase.every((w, k) => tokens[i + k] === w));
    return written.replace(/\p{L}+/gu, (word) => {
      const folded = foldText(word);
      const homograph = this.homographs.get(folded);
      if (!homograph) return word;
      const lower = nfc(word);
      // Written with marks: the good's own marks name the good; any other marks ("giấy") the other word.
      if (lower !== folded) return lower === homograph.good ? word : homograph.otherwise;
      return homograph.settle.some(has) ? word : homograph.otherwise;
    });
  }
}

let bundled: VietnameseReader | null = null;

/** The Vietnamese stage for the bundled table. */
export function bundledVietnameseReader(): VietnameseReader {
  bundled ??= new VietnameseReader(vietnameseJson as VietnameseFile);
  return bundled;
}
