import { formatBytes, ImportError, MAX_IMPORT_BYTES } from "./errors";

/** The subset of the WHATWG fetch the helper needs; the pane passes window.fetch, the CLI Node's global fetch. */
export type FetchLike = (
  input: string,
  init: { signal: AbortSignal; redirect: "follow"; headers?: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  statusText?: string;
  url?: string;
  headers: { get(name: string): string | null };
  body?: ReadableStream<Uint8Array> | null;
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

export interface FetchOptions {
  fetch: FetchLike;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedFile {
  bytes: Uint8Array;
  /** The address after redirects. */
  url: string;
  contentType: string | null;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/** Only https: a dataset decides what buyers are told, so it must not be open to tampering in transit. */
export function checkHttpsAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new ImportError("address", `"${address}" is not a web address; write it in full, starting with https://.`);
  }
  if (url.protocol !== "https:") {
    throw new ImportError("address", `Only https:// addresses are accepted, not ${url.protocol}// ("${address}").`);
  }
  if (url.username || url.password) {
    throw new ImportError("address", "Addresses with a user name or password in them are not accepted.");
  }
  return url;
}

/**
 * Downloads a file with a deadline and a size cap, reading the body in chunks so an oversize or
 * endless response is cut off without being held in memory.
 */
export async function fetchFile(address: string, options: FetchOptions): Promise<FetchedFile> {
  const url = checkHttpsAddress(address);
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const failed = (e: unknown): ImportError => {
    if (e instanceof ImportError) return e;
    if (timedOut) return new ImportError("network", `${url.href} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
    return new ImportError("network", `Could not download ${url.href}: ${(e as Error)?.message ?? String(e)}.`);
  };
  try {
    const response = await options.fetch(url.href, { signal: controller.signal, redirect: "follow" });
    const finalUrl = response.url || url.href;
    if (response.url && !response.url.startsWith("https:")) {
      throw new ImportError("address", `${url.href} redirected to ${response.url}, which is not https; the download was refused.`);
    }
    if (!response.ok) {
      throw new ImportError(
        "network",
        `${url.href} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}; nothing was downloaded.`,
      );
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      throw new ImportError(
        "too_large",
        `${url.href} is ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit; it was not downloaded.`,
      );
    }
    const bytes = await readCapped(response, maxBytes, url.href, controller);
    return { bytes, url: finalUrl, contentType: response.headers.get("content-type") };
  } catch (e) {
    throw failed(e);
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(
  response: Awaited<ReturnType<FetchLike>>,
  maxBytes: number,
  href: string,
  controller: AbortController,
): Promise<Uint8Array> {
  const tooLarge = () =>
    new ImportError("too_large", `${href} sent more than the ${formatBytes(maxBytes)} limit; the download was stopped.`);
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (buffer.length > maxBytes) throw tooLarge();
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
