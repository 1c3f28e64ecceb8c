// The task pane's first download: what the pane's HTML loads before its first render. That is taskpane.html
// itself and every script and stylesheet it names from the add-in's own folder (the entry chunks), gzipped at
// level 9 (1 KiB = 1,024 bytes, as webpack reports sizes). office.js comes from Microsoft's CDN and is not ours
// to budget. Chunks loaded with import() (engine, dataset tools, decisions, pinyin, ...) are not counted: the
// pane fetches them after its first render or when used, and test/e2e checks in Chromium that nothing else was
// fetched before the first render. Used by `npm run bench` (scripts/bench/bundle.ts) and test/e2e.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The customer's budget for the first download, gzip. */
export const FIRST_DOWNLOAD_BUDGET_KIB = 250;

export interface DownloadedFile {
  file: string;
  raw: number;
  gzip: number;
}

export interface FirstDownload {
  files: DownloadedFile[];
  gzip: number;
  raw: number;
}

export function fileSizes(dir: string, file: string): DownloadedFile {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Local files the HTML names in <script src> and <link href>, without query or fragment ("taskpane.js?abc" -> taskpane.js). */
export function localAssetsOf(html: string): string[] {
  const found: string[] = [];
  const pattern = /<(?:script|link)\b[^>]*?\b(?:src|href)=["']?([^"' >]+)/gi;
  for (const match of html.matchAll(pattern)) {
    const url = match[1];
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith("data:")) continue; // another host (office.js on the CDN)
    found.push(url.replace(/[?#].*$/, "").replace(/^\.?\//, ""));
  }
  return [...new Set(found)];
}

export function firstDownload(dir: string, page = "taskpane.html"): FirstDownload {
  const html = readFileSync(join(dir, page), "utf8");
  const files = [fileSizes(dir, page), ...localAssetsOf(html).map((file) => fileSizes(dir, file))];
  return { files, gzip: files.reduce((n, f) => n + f.gzip, 0), raw: files.reduce((n, f) => n + f.raw, 0) };
}

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
