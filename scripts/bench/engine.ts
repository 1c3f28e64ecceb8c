// Benchmark section for the screening engine and its Fuse.js baseline (used by scripts/bench.ts).
// - generateNames(): 100,000 realistic supplier rows, deterministic (seeded PRNG), built from the clean
//   names of the evaluation set, listed-name variants and synthetic supplier names; about 3% CJK.
// - FuseBaseline: the plain fuzzy-search approach the engine replaces, wrapped to look like a Screener
//   so scripts/eval.ts can score it on the same labelled set.
import Fuse from "fuse.js";
import type { Dataset, Listing, NameMatch, Risk, ScreenInput, ScreenResult } from "../../src/core";
import { type EvalMetrics, type ScreenerLike, evaluate, riskForStatus } from "../eval";
import type { EvalCase } from "../../test/eval/cases";
import { mulberry32 } from "../lib/seeded-random";

export { mulberry32 };

// ---------------------------------------------------------------- seeded PRNG

// ---------------------------------------------------------------- name generator

const CN_CITIES = [
  "Ningbo",
  "Shenzhen",
  "Dongguan",
  "Suzhou",
  "Wuxi",
  "Qingdao",
  "Xiamen",
  "Foshan",
  "Hangzhou",
  "Shaoxing",
  "Yiwu",
  "Jinjiang",
  "Changzhou",
  "Nantong",
  "Tianjin",
  "Zhongshan",
  "Huizhou",
  "Jiaxing",
  "Wenzhou",
  "Taizhou",
  "Guangzhou",
  "Chengdu",
  "Wuhan",
  "Hefei",
  "Zhengzhou",
];
const CN_BRANDS = [
  "Hongda",
  "Jinlong",
  "Xinyuan",
  "Huaxin",
  "Tianli",
  "Yongsheng",
  "Ruifeng",
  "Haitian",
  "Mingyang",
  "Dongfang",
  "Zhongxing",
  "Kaida",
  "Weixing",
  "Sanhe",
  "Baoli",
  "Fuda",
  "Shengda",
  "Hengtai",
  "Jiahe",
  "Lianfa",
  "Xinhua",
  "Changhong",
  "Yuanda",
  "Huafeng",
];
const CN_INDUSTRIES = [
  "Textile",
  "Garment",
  "Knitting",
  "Electronics",
  "Plastic Products",
  "Hardware",
  "Packaging",
  "Machinery",
  "Auto Parts",
  "Furniture",
  "Lighting",
  "Ceramics",
  "Footwear",
  "Toys",
  "Household Products",
  "Precision Technology",
  "Chemical",
  "Printing",
  "Metal Products",
  "Bags",
];
const CN_FORMS = [
  "Co., Ltd.",
  "Co. Ltd",
  "Company Limited",
  "Co.,Ltd.",
  "Industrial Co., Ltd.",
  "Trading Co., Ltd.",
  "Import & Export Co., Ltd.",
  "Technology Co., Ltd.",
];
const MY_BRANDS = [
  "Sinar",
  "Mega",
  "Perdana",
  "Cahaya",
  "Gemilang",
  "Jaya",
  "Maju",
  "Bintang",
  "Setia",
  "Mewah",
  "Prima",
  "Tekun",
  "Sejati",
  "Harmoni",
  "Kenanga",
];
const MY_INDUSTRIES = [
  "Plastics",
  "Rubber Products",
  "Electronics",
  "Packaging",
  "Engineering",
  "Palm Products",
  "Precision",
  "Industries",
  "Foods",
  "Printing",
];
const MY_FORMS = ["Sdn Bhd", "Sdn. Bhd.", "Berhad", "Bhd", "(M) Sdn Bhd"];
const IN_BRANDS = [
  "Shree",
  "Sri Ganesh",
  "Ambika",
  "Laxmi",
  "Om Sai",
  "Bharat",
  "Sunrise",
  "Krishna",
  "Mahalaxmi",
  "Vardhman",
  "Shiv Shakti",
  "Jay Ambe",
  "Balaji",
  "Annapoorna",
];
const IN_INDUSTRIES = [
  "Textiles",
  "Spinning Mills",
  "Exports",
  "Fabrics",
  "Forgings",
  "Castings",
  "Polymers",
  "Agro Foods",
  "Apparels",
  "Leather Works",
  "Pharma",
  "Handicrafts",
];
const IN_FORMS = ["Pvt Ltd", "Private Limited", "Limited", "Pvt. Ltd.", "LLP"];
const VN = [
  "Viet Thang",
  "Phu Thanh",
  "Hoang Long",
  "Minh Anh",
  "Thanh Dat",
  "An Phat",
  "Hung Thinh",
  "Tan Tien",
  "Dong Nam",
  "Sai Gon",
  "Ha Noi",
  "Binh Minh",
];
const VN_INDUSTRIES = ["Garment", "Textile", "Seafood", "Wood Processing", "Footwear", "Plastic", "Coffee", "Furniture", "Packaging"];
const VN_FORMS = ["Joint Stock Company", "JSC", "Co., Ltd", "Company Limited", "Corporation"];
const MX = ["Industrias", "Manufacturas", "Grupo", "Productos", "Fabricaciones", "Comercializadora"];
const MX_NAMES = [
  "del Norte",
  "Monterrey",
  "Jalisco",
  "Sonora",
  "del Bajío",
  "Azteca",
  "Mexicana",
  "Queretaro",
  "Puebla",
  "del Pacífico",
  "Sierra Madre",
];
const MX_FORMS = ["S.A. de C.V.", "S.A.B. de C.V.", "S. de R.L. de C.V.", "SA de CV"];
const TR = ["Anadolu", "Ege", "Marmara", "Karadeniz", "Bursa", "Denizli", "Kayseri", "Gaziantep", "Akdeniz", "Yıldız", "Özkan", "Şahin"];
const TR_INDUSTRIES = ["Tekstil", "Konfeksiyon", "İplik", "Makina", "Gıda", "Plastik", "Metal", "Ambalaj", "Otomotiv"];
const TR_FORMS = ["Sanayi ve Ticaret A.Ş.", "San. ve Tic. Ltd. Şti.", "A.Ş.", "Ltd. Şti."];
const RS = ["Metalac", "Sloga", "Jugo", "Srbija", "Morava", "Dunav", "Šumadija", "Zlatibor", "Tisa", "Banat"];
const RS_INDUSTRIES = ["Tekstil", "Komerc", "Promet", "Inženjering", "Plastika", "Metal", "Trade"];
const RS_FORMS = ["d.o.o.", "a.d.", "DOO", "d.o.o. Beograd", "d.o.o. Novi Sad"];
const WEST_NAMES = [
  "Summit",
  "Northstar",
  "Riverside",
  "Pioneer",
  "Atlas",
  "Keystone",
  "Harbor",
  "Evergreen",
  "Liberty",
  "Frontier",
  "Meridian",
  "Cornerstone",
  "Bluewater",
  "Redwood",
  "Ironbridge",
];
const WEST_INDUSTRIES = [
  "Packaging",
  "Components",
  "Industries",
  "Supply",
  "Plastics",
  "Textiles",
  "Foods",
  "Logistics",
  "Manufacturing",
  "Precision Parts",
  "Apparel",
  "Metals",
];
const WEST_FORMS = ["Inc.", "LLC", "Ltd", "Limited", "GmbH", "S.r.l.", "B.V.", "plc", "Corp.", "S.A.S."];
const CJK_CITIES = ["宁波", "深圳", "东莞", "苏州", "无锡", "青岛", "厦门", "佛山", "杭州", "绍兴", "义乌", "常州", "南通", "天津", "中山"];
const CJK_BRANDS = [
  "宏达",
  "金龙",
  "鑫源",
  "华鑫",
  "天利",
  "永盛",
  "瑞丰",
  "海天",
  "明阳",
  "东方",
  "中兴",
  "凯达",
  "伟星",
  "宝利",
  "富达",
  "盛达",
  "恒泰",
];
const CJK_INDUSTRIES = [
  "纺织",
  "服装",
  "电子",
  "塑料制品",
  "五金",
  "包装",
  "机械",
  "汽车配件",
  "家具",
  "照明",
  "陶瓷",
  "鞋业",
  "玩具",
  "精密科技",
  "化工",
];
const CJK_FORMS = ["有限公司", "股份有限公司", "实业有限公司", "贸易有限公司", "科技有限公司"];
const COUNTRIES = [
  "China",
  "CN",
  "Malaysia",
  "India",
  "Vietnam",
  "Viet Nam",
  "Mexico",
  "Turkey",
  "Türkiye",
  "Serbia",
  "United States",
  "Germany",
  "Bangladesh",
  "Indonesia",
  "Thailand",
  "Taiwan",
  "Pakistan",
  "Italy",
  "Brazil",
  "Sri Lanka",
];
const PRODUCTS = [
  "cotton T-shirts",
  "nitrile gloves",
  "polyester yarn",
  "LED lamps",
  "steel fasteners",
  "plastic housings",
  "cardboard cartons",
  "auto parts",
  "solar modules",
  "aluminium profiles",
  "tomato paste",
  "shrimp",
  "furniture",
  "footwear",
  "printed circuit boards",
  "denim fabric",
  "copper wire",
  "packaging film",
];

type Pick = <T>(xs: readonly T[]) => T;

const QUALIFIERS = [
  "International",
  "Global",
  "Asia",
  "Overseas",
  "Group",
  "Holdings",
  "Enterprise",
  "United",
  "General",
  "Modern",
  "New",
  "Golden",
  "Royal",
  "Star",
  "Best",
];

function syntheticName(rand: () => number, pick: Pick): string {
  const r = rand();
  // An optional second distinctive word multiplies the number of distinct names, as in real supplier sheets.
  const extra = (words: readonly string[]) => (rand() < 0.5 ? ` ${pick(words)}` : "");
  if (r < 0.4) return `${pick(CN_CITIES)} ${pick(CN_BRANDS)}${extra(QUALIFIERS)} ${pick(CN_INDUSTRIES)} ${pick(CN_FORMS)}`;
  if (r < 0.52) return `${pick(MY_BRANDS)} ${pick(MY_BRANDS)}${extra(QUALIFIERS)} ${pick(MY_INDUSTRIES)} ${pick(MY_FORMS)}`;
  if (r < 0.64) return `${pick(IN_BRANDS)}${extra(IN_BRANDS)}${extra(QUALIFIERS)} ${pick(IN_INDUSTRIES)} ${pick(IN_FORMS)}`;
  if (r < 0.72) return `${pick(VN)}${extra(VN)} ${pick(VN_INDUSTRIES)}${extra(QUALIFIERS)} ${pick(VN_FORMS)}`;
  if (r < 0.8) return `${pick(MX)} ${pick(MX_NAMES)}${extra(MX_NAMES)} ${pick(MX_FORMS)}`;
  if (r < 0.87) return `${pick(TR)}${extra(TR)} ${pick(TR_INDUSTRIES)}${extra(TR_INDUSTRIES)} ${pick(TR_FORMS)}`;
  if (r < 0.91) return `${pick(RS)}${extra(RS)} ${pick(RS_INDUSTRIES)} ${pick(RS_FORMS)}`;
  return `${pick(WEST_NAMES)}${extra(WEST_NAMES)}${extra(QUALIFIERS)} ${pick(WEST_INDUSTRIES)} ${pick(WEST_FORMS)}`;
}

function listedVariant(name: string, rand: () => number): string {
  const r = rand();
  if (r < 0.25) return name.toUpperCase();
  if (r < 0.4) return name.replace(/Co\., Ltd\.?/g, "Company Limited").replace(/Corporation/g, "Corp");
  if (r < 0.55) return name.replace(/[.,]/g, "");
  if (r < 0.7 && name.length > 8) {
    // one edit somewhere after the first four characters
    const i = 4 + Math.floor(rand() * (name.length - 5));
    return name.slice(0, i) + name.slice(i + 1);
  }
  return name;
}

export interface NameSources {
  clean: string[];
  listed: string[];
  listedCjk: string[];
}

export function nameSources(dataset: Dataset, cases: readonly EvalCase[]): NameSources {
  const isCjk = (s: string) => /[\u3400-\u9fff]/.test(s);
  const listed: string[] = [];
  const listedCjk: string[] = [];
  for (const l of dataset.listings) {
    if (l.matchBy !== "name") continue;
    for (const n of l.names) (isCjk(n.name) ? listedCjk : listed).push(n.name);
  }
  return { clean: cases.filter((c) => c.expected === "clean").map((c) => c.query), listed, listedCjk };
}

/** The share of listed-name variants in the standard benchmark mix: far more than a real register holds, on purpose. */
export const STANDARD_LISTED_SHARE = 0.1;

/**
 * `count` supplier rows, deterministic for a seed: ~55% synthetic supplier names, ~30% clean-name
 * variants, ~10% listed-name variants, ~3% CJK, ~2% blanks and placeholders. About 60% carry a
 * country and 30% a product, as real supplier sheets do. A smaller `listedShare` gives the difference to
 * synthetic names (a register where few suppliers are listed).
 */
export function generateNames(count: number, sources: NameSources, seed = 20261126, listedShare = STANDARD_LISTED_SHARE): ScreenInput[] {
  const rand = mulberry32(seed);
  const pick: Pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const out: ScreenInput[] = [];
  const fewerListed = STANDARD_LISTED_SHARE - listedShare;
  for (let i = 0; i < count; i++) {
    const r = rand();
    let name: string;
    if (r < 0.55 + fewerListed) name = syntheticName(rand, pick);
    else if (r < 0.85 + fewerListed) {
      const base = pick(sources.clean);
      const v = rand();
      name =
        v < 0.35
          ? base
          : v < 0.5
            ? base.toUpperCase()
            : v < 0.65
              ? base.replace(/[.,]/g, "")
              : v < 0.85
                ? `${base} (${pick(CN_CITIES)} branch)`
                : `${base} - Plant ${1 + Math.floor(rand() * 60)}`;
    } else if (r < 0.95) name = listedVariant(pick(sources.listed), rand);
    else if (r < 0.98) {
      const v = rand();
      name =
        v < 0.2 && sources.listedCjk.length
          ? pick(sources.listedCjk)
          : `${pick(CJK_CITIES)}${pick(CJK_BRANDS)}${pick(CJK_INDUSTRIES)}${pick(CJK_FORMS)}`;
    } else name = pick(["", "N/A", "-", "TBC", "12345", "  ", "n/a", "Unknown supplier"]);
    const input: ScreenInput = { name };
    if (rand() < 0.6) input.country = pick(COUNTRIES);
    if (rand() < 0.3) input.product = pick(PRODUCTS);
    out.push(input);
  }
  return out;
}

/**
 * The rows as the add-in receives them. Office.js hands range values over as JSON, so each cell's text
 * arrives as one flat string. Rows built in memory by concatenation hold ropes instead (V8 keeps a
 * concatenation as a tree of its parts, and even once flattened every read goes through the tree's root),
 * which made the engine about a fifth slower on this machine (docs/evaluation.md).
 */
export function asDeliveredByExcel(rows: readonly ScreenInput[]): ScreenInput[] {
  return JSON.parse(JSON.stringify(rows)) as ScreenInput[];
}

export function cjkShare(inputs: readonly ScreenInput[]): number {
  return inputs.filter((x) => typeof x.name === "string" && /[\u3400-\u9fff]/.test(x.name)).length / inputs.length;
}

// ---------------------------------------------------------------- timing

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export interface ScreenerFactory {
  (): { screenAll(inputs: readonly ScreenInput[]): ScreenResult[] };
}

/** What measureEngine and measureFuse report: the rate of each timed pass, and their median. */
export interface Rates {
  /** Wall-clock names per second of each timed run. */
  rates: number[];
  median: number;
  /** Names per second of process CPU time (user + system) of each run: less sensitive to other processes on a shared machine. */
  cpuRates: number[];
  cpuMedian: number;
  msPerRun: number[];
}

function timed(n: number, fn: () => number): { rate: number; cpuRate: number; ms: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const produced = fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  if (produced !== n) throw new Error(`expected ${n} results, got ${produced}`);
  return { rate: (n / ms) * 1000, cpuRate: (n / ((cpu.user + cpu.system) / 1000)) * 1000, ms };
}

function summarise(runs: { rate: number; cpuRate: number; ms: number }[]): Rates {
  const rates = runs.map((r) => r.rate);
  const cpuRates = runs.map((r) => r.cpuRate);
  return { rates, median: median(rates), cpuRates, cpuMedian: median(cpuRates), msPerRun: runs.map((r) => r.ms) };
}

/**
 * Names per second of screenAll on `inputs`, single-threaded: one warm-up pass, then `runs` timed passes,
 * each on a freshly built screener (construction not timed) so no per-instance cache carries over.
 */
export function measureEngine(factory: ScreenerFactory, inputs: readonly ScreenInput[], runs = 3): Rates {
  // A full pass first, so every path the timed passes take is already compiled.
  factory().screenAll(inputs);
  const out: { rate: number; cpuRate: number; ms: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const s = factory();
    out.push(timed(inputs.length, () => s.screenAll(inputs).length));
  }
  return summarise(out);
}

// ---------------------------------------------------------------- Fuse.js baseline

interface FuseEntry {
  name: string;
  listing: Listing;
  kind: NameMatch["matched"]["kind"];
}

export interface FuseConfig {
  threshold: number;
  ignoreLocation: boolean;
}

/**
 * The baseline: Fuse.js 7 over every listed name of the name-matched listings (keys: name;
 * includeScore), raw query in, best hit's listing out. Risk follows the same status policy as the
 * engine (in force: high; unknown: review; inactive: lifted). It has no rules and no normalisation.
 */
export class FuseBaseline implements ScreenerLike {
  readonly fuse: Fuse<FuseEntry>;
  readonly version: string;

  constructor(
    readonly dataset: Dataset,
    readonly config: FuseConfig = { threshold: 0.4, ignoreLocation: false },
  ) {
    this.version = dataset.version;
    const entries: FuseEntry[] = [];
    for (const l of dataset.listings) {
      if (l.matchBy !== "name") continue;
      for (const n of l.names) entries.push({ name: n.name, listing: l, kind: n.kind });
    }
    this.fuse = new Fuse(entries, {
      keys: ["name"],
      includeScore: true,
      threshold: config.threshold,
      ignoreLocation: config.ignoreLocation,
    });
  }

  screen(input: ScreenInput): ScreenResult {
    const text = typeof input.name === "string" ? input.name.trim() : input.name == null ? "" : String(input.name);
    const base = { input: text, datasetVersion: this.version, ruleHits: [], note: "" };
    if (!text) return { ...base, risk: "none", score: 0, match: null, otherMatches: [], skipped: "empty" };
    const hits = this.fuse.search(text, { limit: 10 });
    const seen = new Set<string>();
    const matches: NameMatch[] = [];
    for (const h of hits) {
      if (seen.has(h.item.listing.id)) continue;
      seen.add(h.item.listing.id);
      matches.push({
        listing: h.item.listing,
        matched: { name: h.item.name, kind: h.item.kind },
        score: 1 - (h.score ?? 1),
        evidence: [{ kind: "fuzzy", text: `fuse score ${(h.score ?? 1).toFixed(3)}` }],
      });
      if (matches.length === 5) break;
    }
    if (matches.length === 0) return { ...base, risk: "none", score: 0, match: null, otherMatches: [], skipped: null };
    const [primary, ...others] = matches;
    const risk: Risk = riskForStatus(primary.listing.status);
    return { ...base, risk, score: primary.score, match: primary, otherMatches: others, skipped: null };
  }

  screenAll(inputs: readonly ScreenInput[]): ScreenResult[] {
    return inputs.map((x) => this.screen(x));
  }
}

/** The Fuse settings tried on the evaluation set (each is a full pass: Fuse is slow, so the grid is small). */
export const FUSE_GRID: FuseConfig[] = [
  { threshold: 0.2, ignoreLocation: false },
  { threshold: 0.3, ignoreLocation: false },
  { threshold: 0.4, ignoreLocation: false },
  { threshold: 0.5, ignoreLocation: false },
  { threshold: 0.4, ignoreLocation: true },
];

/** Tries the usual Fuse settings on the evaluation set and keeps the one with the best F1 (a fair baseline). */
export function tuneFuse(
  dataset: Dataset,
  cases: readonly EvalCase[],
  grid: readonly FuseConfig[] = FUSE_GRID,
): {
  config: FuseConfig;
  metrics: EvalMetrics;
  tried: { config: FuseConfig; f1: number; recall: number; precision: number; ms: number }[];
} {
  const tried: { config: FuseConfig; f1: number; recall: number; precision: number; ms: number }[] = [];
  let best: { config: FuseConfig; metrics: EvalMetrics } | null = null;
  for (const config of grid) {
    const metrics = evaluate(new FuseBaseline(dataset, config), cases);
    tried.push({ config, f1: metrics.f1, recall: metrics.recall, precision: metrics.precision, ms: metrics.elapsedMs });
    if (!best || metrics.f1 > best.metrics.f1) best = { config, metrics };
  }
  return { ...best!, tried };
}

/** Names per second of the baseline on `inputs` (index built before timing; a short warm-up, then `runs` timed passes). */
export function measureFuse(baseline: FuseBaseline, inputs: readonly ScreenInput[], runs = 1): Rates {
  baseline.screenAll(inputs.slice(0, 100));
  const out: { rate: number; cpuRate: number; ms: number }[] = [];
  for (let i = 0; i < runs; i++) out.push(timed(inputs.length, () => baseline.screenAll(inputs).length));
  return summarise(out);
}
