import type { SaxesTagPlain } from "saxes";
import type { Risk } from "../../core/screening/types";
import { openTag, rewriteXml } from "./xml";

/** Fills in the spirit of Excel's "Bad" and "Neutral" cell styles, so they read as familiar. */
export const RISK_STYLE: Record<Risk, { fill?: string; font?: string }> = {
  high: { fill: "FFFFC7CE", font: "FF9C0006" },
  review: { fill: "FFFFEB9C", font: "FF9C5700" },
  lifted: { fill: "FFDDEBF7", font: "FF1F4E78" },
  none: {},
};

const RISKS: Risk[] = ["high", "review", "lifted", "none"];

/**
 * Appends one font, fill and cell format per risk to styles.xml and returns the new cellXfs
 * indexes. Existing entries keep their indexes, so every other cell keeps its look. The cell format
 * is Text (numFmtId 49), so anything typed into these cells later is not taken as a formula or date.
 */
export function addRiskStyles(stylesXml: string): { xml: string; xf: Record<Risk, number> } {
  const counts = { fonts: 0, fills: 0, cellXfs: 0 };
  const seen = { fonts: false, fills: false, cellXfs: false };
  // First pass: count the existing entries.
  rewriteXml(stylesXml, {
    open(tag, path) {
      const parent = path[path.length - 1];
      if (parent === "fonts" && tag.name === "font") counts.fonts++;
      if (parent === "fills" && tag.name === "fill") counts.fills++;
      if (parent === "cellXfs" && tag.name === "xf") counts.cellXfs++;
    },
  });
  const xf = {} as Record<Risk, number>;
  const fontIndex = {} as Record<Risk, number>;
  const fillIndex = {} as Record<Risk, number>;
  let nextFont = counts.fonts;
  let nextFill = counts.fills;
  RISKS.forEach((risk, k) => {
    fontIndex[risk] = RISK_STYLE[risk].font ? nextFont++ : 0;
    fillIndex[risk] = RISK_STYLE[risk].fill ? nextFill++ : 0;
    xf[risk] = counts.cellXfs + k;
  });
  const added = {
    fonts: RISKS.filter((r) => RISK_STYLE[r].font).map(
      (r) => `<font><sz val="11"/><color rgb="${RISK_STYLE[r].font}"/><name val="Calibri"/><family val="2"/></font>`,
    ),
    fills: RISKS.filter((r) => RISK_STYLE[r].fill).map(
      (r) => `<fill><patternFill patternType="solid"><fgColor rgb="${RISK_STYLE[r].fill}"/><bgColor indexed="64"/></patternFill></fill>`,
    ),
    cellXfs: RISKS.map(
      (r) =>
        `<xf numFmtId="49" fontId="${fontIndex[r]}" fillId="${fillIndex[r]}" borderId="0" xfId="0" applyNumberFormat="1"${RISK_STYLE[r].font ? ' applyFont="1"' : ""}${RISK_STYLE[r].fill ? ' applyFill="1"' : ""} applyAlignment="1"><alignment vertical="top"/></xf>`,
    ),
  };
  const xml = rewriteXml(stylesXml, {
    open(tag: SaxesTagPlain, _path, out) {
      const name = tag.name as keyof typeof counts;
      if (name in counts) {
        seen[name] = true;
        const a = { ...(tag.attributes as Record<string, string>) };
        if ("count" in a) a.count = String(counts[name] + added[name].length);
        out.push(openTag(tag.name, a));
        return true;
      }
    },
    beforeClose(name, _path, out) {
      if (name in added) out.push(...added[name as keyof typeof added]);
    },
  });
  if (!seen.fonts || !seen.fills || !seen.cellXfs) throw new Error("styles.xml lacks fonts, fills or cellXfs");
  return { xml, xf };
}
