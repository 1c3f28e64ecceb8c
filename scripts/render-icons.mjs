// Renders assets/logo.svg to the PNG sizes the manifest and the Office ribbon need.
// Uses the system Chromium through playwright-core so no browser download is needed:
//   node scripts/render-icons.mjs
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// logo: 16/32/80 ribbon button, 32/64 IconUrl/HighResolutionIconUrl, 128 store listing and docs.
// refresh: the ribbon's "Refresh WRO formulas" button only needs the three ribbon sizes.
const ICONS = [
  { svg: "logo.svg", prefix: "icon", sizes: [16, 32, 64, 80, 128] },
  { svg: "refresh.svg", prefix: "refresh", sizes: [16, 32, 80] },
];
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--headless"] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { svg: svgFile, prefix, sizes } of ICONS) {
    const svg = await readFile(join(root, "assets", svgFile), "utf8");
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      // The SVG is inlined and sized by CSS so Chromium rasterises it at the target size instead of scaling a bitmap.
      const sized = svg.replace(/width="\d+" height="\d+"/, 'width="100%" height="100%"');
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<div id="icon" style="width:${size}px;height:${size}px">${sized}</div></body></html>`,
      );
      const png = await page.locator("#icon").screenshot({ omitBackground: true });
      const file = join(root, "assets", `${prefix}-${size}.png`);
      await writeFile(file, png);
      console.log(`wrote ${file} (${png.length} bytes)`);
    }
  }
} finally {
  await browser.close();
}
