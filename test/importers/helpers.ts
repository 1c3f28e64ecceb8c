import { readFileSync } from "fs";
import { join } from "path";
import { parseDataset } from "../../src/core/dataset/load";
import type { Dataset } from "../../src/core/dataset/schema";
import { ImportError } from "../../src/core/importers";

export const FIXTURES = join(__dirname, "..", "fixtures", "importers");

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function baseDataset(): Dataset {
  return parseDataset(readFileSync(join(FIXTURES, "base-dataset.json"), "utf8"));
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Runs `fn` and returns the ImportError it throws; fails the test if it returns or throws anything else. */
export function importErrorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw new Error(`expected an ImportError, got ${(e as Error)?.name}: ${(e as Error)?.message}`);
  }
  throw new Error("expected an ImportError, but the call returned");
}

export const CBP_HEADER =
  "Effective Date,Calendar Year,Country Code,Country,Merchandise,WRO/Finding,Industry,Status,Press Release,Entity,Remarks";

/**
 * A fetch response as FetchLike callers see it: the body as bytes or a stream, a status, headers and the
 * final address. The checks work across realms, since jsdom tests pass bytes made by Node's TextEncoder.
 */
export function fakeResponse(
  body: Uint8Array | ReadableStream<Uint8Array> | null,
  init: { status?: number; headers?: Record<string, string>; url?: string } = {},
) {
  const headers = new Map(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const bytes = body !== null && ArrayBuffer.isView(body) ? body : null;
  return {
    ok: (init.status ?? 200) < 400,
    status: init.status ?? 200,
    statusText: init.status === 404 ? "Not Found" : "OK",
    url: init.url ?? "https://example.org/data.json",
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    body: body !== null && bytes === null ? (body as ReadableStream<Uint8Array>) : null,
    arrayBuffer: async () =>
      (bytes ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : new ArrayBuffer(0)) as ArrayBuffer,
  };
}
