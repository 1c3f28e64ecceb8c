/**
 * Writes src/data/transliteration/palladius.json: every pinyin syllable the pinyin table knows
 * (src/data/transliteration/pinyin-chars.json, generated from pinyin-pro) with its Palladius spelling, the standard
 * Russian rendering of Chinese (the Palladius system, 1860; its syllable table as given in Kontsevich's
 * "Chinese names and titles in Russian text" and the Wikipedia article "Palladius system"). The spelling is built from
 * the system's rules: an initial's Cyrillic letters, then the final's, with the final's forms after j/q/x and after
 * the retroflex and dental initials. Run: `npx tsx scripts/build-palladius.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(__dirname, "..", "src", "data", "transliteration");
const pinyin = JSON.parse(readFileSync(join(dir, "pinyin-chars.json"), "utf8")) as { syllables: Record<string, string> };

const INITIALS: Array<[string, string]> = [
  ["zh", "чж"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["b", "б"],
  ["p", "п"],
  ["m", "м"],
  ["f", "ф"],
  ["d", "д"],
  ["t", "т"],
  ["n", "н"],
  ["l", "л"],
  ["g", "г"],
  ["k", "к"],
  ["h", "х"],
  ["j", "цз"],
  ["q", "ц"],
  ["x", "с"],
  ["r", "ж"],
  ["z", "цз"],
  ["c", "ц"],
  ["s", "с"],
];

/** Finals after a consonant (not j/q/x, which take the ü forms of u…). */
const FINALS: Record<string, string> = {
  a: "а",
  o: "о",
  e: "э",
  ai: "ай",
  ei: "эй",
  ao: "ао",
  ou: "оу",
  an: "ань",
  en: "энь",
  ang: "ан",
  eng: "эн",
  ong: "ун",
  er: "эр",
  i: "и",
  ia: "я",
  iao: "яо",
  ie: "е",
  iu: "ю",
  ian: "янь",
  in: "инь",
  iang: "ян",
  ing: "ин",
  iong: "юн",
  u: "у",
  ua: "уа",
  uo: "о",
  uai: "уай",
  ui: "уй",
  uan: "уань",
  un: "унь",
  uang: "уан",
  v: "юй",
  ve: "юэ",
  van: "юань",
  vn: "юнь",
};

/** Syllables without an initial, and the few whose spelling the rules above do not give. */
const WHOLE: Record<string, string> = {
  a: "а",
  ai: "ай",
  an: "ань",
  ang: "ан",
  ao: "ао",
  e: "э",
  ei: "эй",
  en: "энь",
  er: "эр",
  o: "о",
  ou: "оу",
  yi: "и",
  ya: "я",
  yao: "яо",
  ye: "е",
  you: "ю",
  yan: "янь",
  yin: "инь",
  yang: "ян",
  ying: "ин",
  yong: "юн",
  yo: "ё",
  yu: "юй",
  yue: "юэ",
  yuan: "юань",
  yun: "юнь",
  wu: "у",
  wa: "ва",
  wo: "во",
  wai: "вай",
  wei: "вэй",
  wan: "вань",
  wen: "вэнь",
  wang: "ван",
  weng: "вэн",
  zi: "цзы",
  ci: "цы",
  si: "сы",
  ri: "жи",
  hui: "хуэй",
};

function palladius(syllable: string): string | null {
  if (WHOLE[syllable]) return WHOLE[syllable];
  const initial = INITIALS.find(([latin]) => syllable.startsWith(latin));
  if (!initial) return null;
  let final = syllable.slice(initial[0].length);
  // After j, q, x the letter u is ü.
  if (/^[jqx]$/.test(initial[0]) && final.startsWith("u")) final = "v" + final.slice(1);
  const cyr = FINALS[final];
  return cyr === undefined ? null : initial[1] + cyr;
}

const table: Record<string, string> = {};
const missing: string[] = [];
for (const syllable of Object.keys(pinyin.syllables).sort()) {
  const cyr = palladius(syllable);
  if (cyr === null) missing.push(syllable);
  else if (!table[cyr]) table[cyr] = syllable;
}
if (missing.length) console.warn("no Palladius spelling for:", missing.join(" "));
writeFileSync(
  join(dir, "palladius.json"),
  JSON.stringify(
    {
      sources: [
        "Palladius system (Russian Cyrillic rendering of Chinese, 1860), built by scripts/build-palladius.ts from its rules over the pinyin syllables of pinyin-chars.json (pinyin-pro 3.29.4)",
      ],
      syllables: table,
    },
    null,
    1,
  ) + "\n",
);
console.log(`${Object.keys(table).length} Palladius syllables`);
