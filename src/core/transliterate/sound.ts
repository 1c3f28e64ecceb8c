/**
 * By ear: a Russian register writes an English or brand name as it sounds (Хошайн for Hoshine, Дако for Daqo, Кэмел for
 * Camel, Супермакс for Supermax), so its letter-by-letter reading ("hoshayn", "dako", "kemel", "supermaks") is far from
 * the listed spelling. Both are brought to one sound key by the ordered steps of
 * src/data/transliteration/sound-keys.json (silent letters dropped, spellings of one sound made one, y a vowel,
 * a word's last vowel sound kept apart (a, o, u, i, e: Гора "gora" is not Goroe, Дако "dako" is Daqo), doubled letters
 * single, every other run of vowels one vowel), and a Cyrillic word read letter by letter whose key is the key of one
 * word of the listed Latin names is written as that word (src/core/transliterate/cyrillic.ts).
 *
 * A word read by ear is a reading, not the name as written: the screener keeps a match on it below a strong match
 * (src/core/screening/screener.ts), so it gives Review at most, never High. Pure: no I/O.
 */
import table from "../../data/transliteration/sound-keys.json";
import { withinOneEdit } from "../matching/edit-distance";
import { MIN_TYPO_LENGTH } from "../matching/name-index";

/** Ordered rewrite steps of a data table ([pattern, replacement] pairs), compiled once. */
export type SoundSteps = readonly (readonly [RegExp, string])[];

/** A table's steps ([["ph", "f"], …]) as global patterns, in their order. */
export function compileSteps(steps: readonly (readonly string[])[]): SoundSteps {
  return steps.map(([from, to]) => [new RegExp(from, "g"), to] as const);
}

/** The text with each step applied in turn. */
export function applySteps(steps: SoundSteps, text: string): string {
  let out = text;
  for (const [from, to] of steps) out = out.replace(from, to);
  return out;
}

const STEPS = compileSteps(table.steps);

/** The sound key of a Latin word (lower case): "Hoshine" and "hoshayn" both "hashan". */
export function soundKey(word: string): string {
  return applySteps(STEPS, word.toLowerCase());
}

interface Heard {
  /** The listed word, lower case. */
  word: string;
  /** Written in capitals by the listing and shorter than table.minLength.word (GCL): heard only from initials. */
  initials: boolean;
}

/**
 * The distinctive words of the listed Latin names by their sound key, for the Cyrillic stage: `distinctive` says which
 * (not a legal form, place or business word: those the Russian table reads or the matcher compares as they are; a
 * reading that is such a word is not heard as another). A key two listed words share is left out (neither is heard),
 * and so is a word shorter than table.minLength (a word in capitals, an acronym, from minLength.capitals, heard only
 * from Cyrillic initials).
 */
export class ListedSounds {
  private readonly byKey = new Map<string, Heard | null>();

  constructor(
    names: Iterable<string>,
    private readonly distinctive: (word: string) => boolean,
  ) {
    for (const name of names) {
      for (const written of name.match(/[A-Za-z]+/g) ?? []) {
        const capitals = written === written.toUpperCase();
        if (written.length < (capitals ? table.minLength.capitals : table.minLength.word)) continue;
        const word = written.toLowerCase();
        const key = soundKey(word);
        const known = this.byKey.get(key);
        // A place or business word keeps its key from any distinctive word that sounds the same (Aksu and a listed Oksu).
        if (!distinctive(word)) this.byKey.set(key, null);
        else if (known === undefined) this.byKey.set(key, { word, initials: written.length < table.minLength.word });
        else if (known !== null && known.word !== word) this.byKey.set(key, null);
      }
    }
  }

  /**
   * The listed word a letter-by-letter reading (lower case) sounds like, unless it is that word or one letter from a
   * word long enough for the matcher to read the typo as it is (MIN_TYPO_LENGTH); `initials`: the Cyrillic word was a
   * short word in capitals (ГКЛ).
   */
  heard(reading: string, initials: boolean): string | undefined {
    if (reading.length < (initials ? table.minLength.capitals : table.minLength.word) || !this.distinctive(reading)) return undefined;
    const found = this.byKey.get(soundKey(reading));
    if (
      !found ||
      found.word === reading ||
      (found.initials && !initials) ||
      // Initials are letters, not sounds: as many as the listed word has (ТБА is not TBEA; КОФКО is COFCO).
      (initials && reading.length !== found.word.length) ||
      (!initials && found.word.length >= MIN_TYPO_LENGTH.distinctive && withinOneEdit(reading, found.word))
    )
      return undefined;
    return found.word;
  }
}
