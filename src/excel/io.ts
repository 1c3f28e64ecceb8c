/**
 * Sync accounting and chunk planning. Every context.sync() in the adapter goes through `sync`
 * so a run can report exactly how many round trips it cost.
 */

const syncCounts = new WeakMap<object, number>();

export async function sync(context: Excel.RequestContext): Promise<void> {
  syncCounts.set(context, (syncCounts.get(context) ?? 0) + 1);
  await context.sync();
}

/** Round trips made through `sync` on this context so far. */
export function syncsUsed(context: Excel.RequestContext): number {
  return syncCounts.get(context) ?? 0;
}

/** Rows per read/write chunk: thousands, so a 100,000-row column costs tens of syncs, not 100,000. */
export const DEFAULT_CHUNK_ROWS = 5_000;

/**
 * Excel on the web refuses requests or responses above 5 MB. Requests are kept well below that,
 * since the JSON envelope around the values adds its own overhead.
 */
export const DEFAULT_MAX_REQUEST_BYTES = 3_500_000;

/** Approximate bytes a value adds to a request: its JSON text. */
export function jsonBytes(value: unknown): number {
  if (typeof value === "string") {
    // JSON escapes and UTF-8 both grow non-ASCII text; counting each char as up to 3 bytes errs safe.
    let bytes = 2;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      bytes += code < 0x20 || code === 0x22 || code === 0x5c ? 2 : code < 0x80 ? 1 : 3;
    }
    return bytes;
  }
  return JSON.stringify(value ?? null).length;
}

/** Splits [0, total) into consecutive spans of at most `size`. */
export function planChunks(total: number, size: number): Array<{ offset: number; count: number }> {
  if (!(size > 0)) throw new RangeError("chunk size must be positive");
  const chunks: Array<{ offset: number; count: number }> = [];
  for (let offset = 0; offset < total; offset += size) chunks.push({ offset, count: Math.min(size, total - offset) });
  return chunks;
}

/**
 * Groups consecutive items so that each group's summed byte estimate stays under `maxBytes`
 * (a single oversized item still gets its own group).
 */
export function splitByBytes<T>(items: T[], bytesOf: (item: T) => number, maxBytes: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && currentBytes + bytes > maxBytes) {
      groups.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(item);
    currentBytes += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Excel hands back cell values as string, number, boolean or "" for blank; screening wants text or nothing. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}
