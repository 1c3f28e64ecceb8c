/**
 * Builds examples/contracts.xlsx and examples/contracts.csv: a contracts register of our own
 * making for demos and tests. Mostly ordinary suppliers, plus rows that ARE on the lists written
 * the many ways real registers write them, plus rows that only a region or product rule catches.
 *
 * Deterministic: a seeded generator and fixed timestamps, so re-running gives identical bytes.
 *   npm run build:example
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
// jszip ships with exceljs; it is used only to pin the zip entry dates so the file is reproducible.
import JSZip from "jszip";
import { formatCsvRecord } from "../src/cli/csv";
import { mulberry32 as seededRandom } from "./lib/seeded-random";

const OUT_DIR = path.join(__dirname, "..", "examples");
const FIXED_DATE = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
const CLEAN_ROWS = 205;

const SEED = 20260105;
/** Reset at the start of every build, so building twice in one process gives the same rows. */
let random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

interface Supplier {
  name: string;
  country: string;
  product: string;
}

/** Well-known companies that are NOT on any of the lists (checked against the reference files). */
const REAL_CLEAN: Supplier[] = [
  { name: "Hartalega Holdings Berhad", country: "Malaysia", product: "Nitrile examination gloves" },
  { name: "Kossan Rubber Industries Bhd", country: "Malaysia", product: "Disposable gloves" },
  { name: "Ansell Limited", country: "Australia", product: "Protective gloves" },
  { name: "Medline Industries, LP", country: "United States", product: "Medical consumables" },
  { name: "3M United Kingdom PLC", country: "United Kingdom", product: "Safety equipment" },
  { name: "Unilever UK Ltd", country: "United Kingdom", product: "Cleaning products" },
  { name: "Siemens AG", country: "Germany", product: "Building automation" },
  { name: "Schneider Electric Limited", country: "United Kingdom", product: "Electrical switchgear" },
  { name: "Robert Bosch GmbH", country: "Germany", product: "Power tools" },
  { name: "Shimano Inc.", country: "Japan", product: "Bicycle components" },
  { name: "Merida Industry Co., Ltd.", country: "Taiwan", product: "Bicycles" },
  { name: "Continental AG", country: "Germany", product: "Vehicle tyres" },
  { name: "Michelin Tyre PLC", country: "United Kingdom", product: "Vehicle tyres" },
  { name: "Aurubis AG", country: "Germany", product: "Copper cathode" },
  { name: "Wacker Chemie AG", country: "Germany", product: "Polysilicon" },
  { name: "REC Silicon ASA", country: "Norway", product: "Polysilicon" },
  { name: "Brother UK Ltd", country: "United Kingdom", product: "Printer toner cartridges" },
  { name: "HP Inc UK Limited", country: "United Kingdom", product: "Laptops and printers" },
  { name: "Dell Corporation Limited", country: "Ireland", product: "Laptops" },
  { name: "Kimberly-Clark Ltd", country: "United Kingdom", product: "Washroom paper" },
  { name: "Henkel AG & Co. KGaA", country: "Germany", product: "Adhesives" },
  { name: "BASF SE", country: "Germany", product: "Industrial chemicals" },
  { name: "Tate & Lyle PLC", country: "United Kingdom", product: "Sugar and sweeteners" },
  { name: "Cargill PLC", country: "United Kingdom", product: "Edible oils" },
  { name: "Bunzl plc", country: "United Kingdom", product: "Catering disposables" },
  { name: "Lyreco UK Limited", country: "United Kingdom", product: "Office stationery" },
  { name: "Cardinal Health U.K. 432 Limited", country: "United Kingdom", product: "Surgical drapes" },
  { name: "Mölnlycke Health Care AB", country: "Sweden", product: "Wound care" },
  { name: "Panasonic UK Ltd", country: "United Kingdom", product: "Batteries" },
  { name: "Würth Elektronik GmbH", country: "Germany", product: "Electronic components" },
];

// Invented, generic-sounding names. Words that appear in listed names (glove, silicon, cotton,
// hair, tea, machinery, garment, textile, energy, group …) are avoided on purpose.
const NAME_START = [
  "Harrowgate",
  "Pennine",
  "Northbridge",
  "Calder",
  "Alder & Finch",
  "Wexford",
  "Marlowe",
  "Kestrel",
  "Fenwick",
  "Ashcombe",
  "Larkspur",
  "Holloway",
  "Tamar",
  "Redwell",
  "Brackley",
  "Corrib",
  "Oakhurst",
  "Saltmarsh",
  "Elmstead",
  "Greyfriars",
  "Hawthorne",
  "Millbrook",
  "Quayside",
  "Rowan",
  "Stanway",
  "Thornbury",
  "Westcott",
  "Yardley",
  "Ebberston",
  "Fairmile",
  "Linton",
  "Pemberton",
];
const UK_TRADES = [
  ["Office Supplies", "Office stationery"],
  ["Facilities Services", "Facilities management"],
  ["Catering", "Catering services"],
  ["Logistics", "Freight and warehousing"],
  ["Print & Design", "Printing"],
  ["Cleaning Services", "Cleaning services"],
  ["Packaging", "Corrugated packaging"],
  ["Consulting", "Consultancy"],
  ["Workwear", "Uniforms"],
  ["Fire & Security", "Fire alarms"],
  ["Electrical Contractors", "Electrical works"],
  ["Timber Merchants", "Timber"],
  ["Fleet Hire", "Vehicle hire"],
  ["Data Services", "IT services"],
] as const;
const UK_FORMS = ["Ltd", "Limited", "Ltd.", "LLP", "PLC", "& Sons Ltd"];
/** Firms abroad, each with trades and legal forms in its own language. */
const ABROAD: Array<{ country: string; forms: string[]; trades: Array<[string, string]> }> = [
  {
    country: "Germany",
    forms: ["GmbH", "GmbH & Co. KG"],
    trades: [
      ["Verpackung", "Packaging"],
      ["Metallbau", "Metal fabrication"],
      ["Laborbedarf", "Laboratory supplies"],
    ],
  },
  {
    country: "France",
    forms: ["SAS", "SA"],
    trades: [
      ["Emballages", "Packaging"],
      ["Mobilier de Bureau", "Office furniture"],
      ["Fournitures Médicales", "Medical consumables"],
    ],
  },
  {
    country: "Netherlands",
    forms: ["B.V."],
    trades: [
      ["Verpakkingen", "Packaging"],
      ["Bevestigingsmiddelen", "Fasteners"],
    ],
  },
  {
    country: "Poland",
    forms: ["Sp. z o.o."],
    trades: [
      ["Opakowania", "Packaging"],
      ["Meble Biurowe", "Office furniture"],
    ],
  },
  {
    country: "Ireland",
    forms: ["Limited", "DAC"],
    trades: [
      ["Medical", "Medical consumables"],
      ["Laboratories", "Laboratory supplies"],
    ],
  },
  {
    country: "Spain",
    forms: ["S.L."],
    trades: [
      ["Embalajes", "Packaging"],
      ["Suministros Médicos", "Medical consumables"],
    ],
  },
  {
    country: "Italy",
    forms: ["S.r.l."],
    trades: [
      ["Imballaggi", "Packaging"],
      ["Arredamenti", "Office furniture"],
    ],
  },
];

/**
 * Rows that ARE on the lists, spelled as registers spell them: upper case, short legal forms,
 * Chinese names, a subsidiary, a missing suffix. `expect` is what a careful analyst would conclude.
 */
export const LISTED_ROWS: Array<Supplier & { expect: "flagged" }> = [
  { name: "SUPERMAX GLOVE MFG SDN BHD", country: "Malaysia", product: "Disposable gloves" },
  { name: "Supermax Corporation Berhad", country: "Malaysia", product: "Nitrile gloves" },
  { name: "Top Glove Corp Bhd", country: "Malaysia", product: "Disposable gloves" },
  { name: "Smart Glove Corporation Sdn Bhd", country: "Malaysia", product: "Examination gloves" },
  { name: "YTY Industry Holdings Sdn Bhd", country: "Malaysia", product: "Disposable gloves" },
  { name: "Hoshine Silicon Industry Co., Ltd.", country: "China", product: "Silicon metal" },
  { name: "合盛硅业股份有限公司", country: "中国", product: "工业硅" },
  { name: "Xinjiang Daqo New Energy Co Ltd", country: "China", product: "Polysilicon" },
  { name: "Ninestar Corp", country: "China", product: "Printer toner cartridges" },
  { name: "Zhuhai Pantum Electronics Co., Ltd.", country: "China", product: "Laser printers" },
  { name: "Hefei Bitland Information Technology", country: "China", product: "Laptops" },
  { name: "Giant Manufacturing Co Ltd", country: "Taiwan", product: "Bicycles" },
  { name: "Serbia Zijin Copper doo", country: "Serbia", product: "Copper cathode" },
  { name: "Linglong International Europe d.o.o.", country: "Serbia", product: "Vehicle tyres" },
  { name: "Camel Group Co., Ltd.", country: "China", product: "Lead-acid batteries" },
  { name: "Changji Esquel Textile Co Ltd", country: "China", product: "Cotton shirts" },
  { name: "Aksu Huafu Textiles Co., Ltd.", country: "China", product: "Yarn" },
  { name: "Dongguan Oasis Shoes Co. Ltd", country: "China", product: "Footwear" },
  { name: "Xinjiang Zhongtai Chemical Co Ltd", country: "China", product: "PVC resin" },
  { name: "Sime Darby Plantation Berhad", country: "Malaysia", product: "Palm oil" },
  { name: "FGV Holdings Bhd", country: "Malaysia", product: "Palm oil" },
  { name: "Central Romana Corporation Ltd", country: "Dominican Republic", product: "Raw sugar" },
  { name: "Natchi Apparel (P) Ltd", country: "India", product: "Garments" },
  { name: "Kingtom Aluminio SRL", country: "Dominican Republic", product: "Aluminium extrusions" },
].map((r) => ({ ...r, expect: "flagged" as const }));

/** Rows no name listing covers, which region or product rules should still raise. */
export const RULE_ROWS: Supplier[] = [
  { name: "Ahal Cotton Yarn Trading LLC", country: "Turkmenistan", product: "Cotton yarn" },
  { name: "Xinjiang Kuitun Cotton Co", country: "China", product: "Raw cotton" },
  { name: "Shandong Lufeng Foods Co., Ltd.", country: "China", product: "Tomato paste" },
  { name: "Lilongwe Leaf Traders Ltd", country: "Malawi", product: "Tobacco leaf" },
];

const BUYERS = ["J. Patel", "A. Okafor", "M. Nowak", "S. Williams", "R. Chen", "L. Fernández", "K. O'Brien", "H. Ahmed"];

interface ContractRow {
  id: string;
  supplier: string;
  country: string;
  product: string;
  value: number;
  start: Date;
  end: Date;
  buyer: string;
}

function cleanSupplier(): Supplier {
  const roll = random();
  if (roll < 0.3) return pick(REAL_CLEAN);
  if (roll < 0.75) {
    const [trade, product] = pick(UK_TRADES);
    // "Print & Design & Sons Ltd" reads wrong; "& Sons" only follows a trade without its own "&".
    const forms = trade.includes("&") ? UK_FORMS.filter((f) => !f.includes("&")) : UK_FORMS;
    return { name: `${pick(NAME_START)} ${trade} ${pick(forms)}`, country: "United Kingdom", product };
  }
  const abroad = pick(ABROAD);
  const [trade, product] = pick(abroad.trades);
  return { name: `${pick(NAME_START)} ${trade} ${pick(abroad.forms)}`, country: abroad.country, product };
}

function buildRows(): ContractRow[] {
  random = seededRandom(SEED);
  const suppliers: Supplier[] = [];
  for (let i = 0; i < CLEAN_ROWS; i++) suppliers.push(cleanSupplier());
  // Listed and rule rows are spread through the register, as they would be in real life.
  for (const row of [...LISTED_ROWS, ...RULE_ROWS]) {
    suppliers.splice(Math.floor(random() * (suppliers.length + 1)), 0, { name: row.name, country: row.country, product: row.product });
  }
  return suppliers.map((s, i) => {
    const start = new Date(Date.UTC(2023 + Math.floor(random() * 3), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    const end = new Date(start.getTime());
    end.setUTCFullYear(start.getUTCFullYear() + 1 + Math.floor(random() * 3));
    end.setUTCDate(end.getUTCDate() - 1);
    return {
      id: `CTR-${start.getUTCFullYear()}-${String(i + 1).padStart(4, "0")}`,
      supplier: s.name,
      country: s.country,
      product: s.product,
      value: Math.round((2_000 + random() * random() * 900_000) * 100) / 100,
      start,
      end,
      buyer: pick(BUYERS),
    };
  });
}

const HEADERS = ["Contract ID", "Supplier", "Country", "Product / category", "Contract value (GBP)", "Start date", "End date", "Buyer"];
const WIDTHS = [16, 42, 20, 28, 20, 13, 13, 14];

function addRegister(workbook: ExcelJS.Workbook, rows: readonly ContractRow[]): void {
  const sheet = workbook.addWorksheet("Contracts", {
    views: [{ state: "frozen", ySplit: 1 }],
    properties: { tabColor: { argb: "FF1F4E78" } },
  });
  sheet.addRow(HEADERS);
  const header = sheet.getRow(1);
  header.height = 20;
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };
    cell.alignment = { vertical: "middle" };
    cell.border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
  });
  for (const r of rows) sheet.addRow([r.id, r.supplier, r.country, r.product, r.value, r.start, r.end, r.buyer]);
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getColumn(5).numFmt = '"£"#,##0.00';
  sheet.getColumn(6).numFmt = "dd/mm/yyyy";
  sheet.getColumn(7).numFmt = "dd/mm/yyyy";
  // The column formats above also reach the header cells; give them back the general format.
  header.eachCell((cell) => (cell.numFmt = "General"));
}

function addNotes(workbook: ExcelJS.Workbook, rows: number): void {
  const notes = workbook.addWorksheet("Notes");
  notes.getColumn(1).width = 24;
  notes.getColumn(2).width = 90;
  notes.getCell("A1").value = "Contracts register: example data";
  notes.getCell("A1").font = { bold: true, size: 14, color: { argb: "FF1F4E78" } };
  notes.mergeCells("A1:B1");
  const lines: Array<[string, string]> = [
    ["Purpose", "Example input for the WRO screener. Every company, value, date and buyer here is made up for testing."],
    ["Rows", `${rows} contracts on the "Contracts" sheet.`],
    [
      "Supplier names",
      "Mostly ordinary suppliers; some rows name companies that are on a CBP Withhold Release Order or Finding or on the UFLPA Entity List, spelled as registers often spell them.",
    ],
    ["How to screen", "npm run --silent screen -- examples/contracts.xlsx --out screened.xlsx"],
    ["Keep this sheet", "The screener must leave this sheet, its merged title and its formatting exactly as they are."],
  ];
  lines.forEach(([label, text], i) => {
    const row = notes.getRow(i + 3);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    row.getCell(2).value = text;
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  });
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Builds both files in memory; the test compares them with the committed copies. */
export async function buildExample(): Promise<{ xlsx: Buffer; csv: string; rows: number }> {
  const rows = buildRows();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "wro-screen-excel make-example";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  addRegister(workbook, rows);
  addNotes(workbook, rows.length);
  const raw = await workbook.xlsx.writeBuffer();

  const zip = await JSZip.loadAsync(raw);
  const pinned = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (!entry.dir) pinned.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  const xlsx = await pinned.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });

  const csv =
    "\uFEFF" +
    formatCsvRecord(HEADERS) +
    rows
      .map((r) => formatCsvRecord([r.id, r.supplier, r.country, r.product, r.value.toFixed(2), isoDate(r.start), isoDate(r.end), r.buyer]))
      .join("");

  return { xlsx, csv, rows: rows.length };
}

async function main(): Promise<void> {
  const { xlsx, csv, rows } = await buildExample();
  await fs.mkdir(OUT_DIR, { recursive: true });
  await fs.writeFile(path.join(OUT_DIR, "contracts.xlsx"), xlsx);
  await fs.writeFile(path.join(OUT_DIR, "contracts.csv"), csv, "utf8");
  process.stdout.write(
    `Wrote examples/contracts.xlsx and examples/contracts.csv: ${rows} rows (${LISTED_ROWS.length} listed, ${RULE_ROWS.length} rule rows).\n`,
  );
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  });
}
