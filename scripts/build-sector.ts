// npm run build:sector — builds src/data/sector/dol-list-of-goods.json (the List of Goods Produced by Child
// Labor or Forced Labor, 2022 edition) from ../shared/reference/official-copies/dol-tvpra-2022.json and the
// SHA-256 of the raw XML beside it. test/core/sector-data.test.ts checks the bundled file equals this output.
import { createHash } from "crypto";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { buildSectorList, DOL_LICENCE, type DolRow } from "../src/core/sector/build";
import type { SectorList } from "../src/core/sector/schema";

export const SECTOR_DATA_FILE = join(__dirname, "../src/data/sector/dol-list-of-goods.json");

interface NormalisedFile {
  header: { edition: number; edition_note: string; official_page: string; source_file: string };
  rows: DolRow[];
}

export function buildSectorFromReference(officialCopies: string): SectorList {
  const json = JSON.parse(readFileSync(join(officialCopies, "dol-tvpra-2022.json"), "utf8")) as NormalisedFile;
  const xml = readFileSync(join(officialCopies, "dol-tvpra-2022.xml"));
  return buildSectorList(json.rows, {
    edition: json.header.edition,
    // PROVENANCE.md: "the List published September 2022"; the day is not stated there.
    published: "2022-09",
    editionNote: json.header.edition_note,
    page: json.header.official_page,
    file: json.header.source_file,
    sha256: createHash("sha256").update(xml).digest("hex"),
    licence: DOL_LICENCE,
    // Read from DOL's own repository (byte-identical copy): an official data file.
    confidence: "verified",
  });
}

export function sectorJson(list: SectorList): string {
  return `${JSON.stringify(list, null, 1)}\n`;
}

if (require.main === module) {
  const copies = join(__dirname, "../../shared/reference/official-copies");
  if (!existsSync(join(copies, "dol-tvpra-2022.json"))) {
    console.error(`build:sector: ${copies}/dol-tvpra-2022.json is missing.`);
    process.exit(2);
  }
  const list = buildSectorFromReference(copies);
  writeFileSync(SECTOR_DATA_FILE, sectorJson(list));
  console.log(
    `Wrote ${SECTOR_DATA_FILE}: ${list.entries.length} entries, ${new Set(list.entries.map((e) => e.good)).size} goods, edition ${list.edition}.`,
  );
}
