// Renders assets/logo.svg to the PNG sizes the manifest and the Office ribbon need.
// Uses the system Chromium through playwright-core so no browser download is needed:
//   node scripts/render-icons.mjs
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// 16/32/80: ribbon button; 32/64: IconUrl/HighResolutionIconUrl; 128: store listing and docs.
const SIZES = [16, 32, 64, 80, 128];
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const svg = await readFile(join(root, "assets", "logo.svg"), "utf8");
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--headless"] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    // The SVG is inlined and sized by CSS so Chromium rasterises it at the target size instead of scaling a bitmap.
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<div id="icon" style="width:${size}px;height:${size}px">${svg.replace(/width="\d+" height="\d+"/, 'width="100%" height="100%"')}</div>` +
        `</body></html>`,
    );
    const png = await page.locator("#icon").screenshot({ omitBackground: true });
    const file = join(root, "assets", `icon-${size}.png`);
    await writeFile(file, png);
    console.log(`wrote ${file} (${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
