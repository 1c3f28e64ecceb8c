import { checkHttpsAddress, fetchFile, type FetchLike } from "../../src/core/importers";
import { fakeResponse } from "./helpers";

type Init = Parameters<FetchLike>[1];

function streamOf(chunks: number, chunkSize: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkSize).fill(65));
    },
  });
}

describe("checkHttpsAddress", () => {
  it("accepts https and refuses anything else with a reason", () => {
    expect(checkHttpsAddress(" https://example.org/x.json ").href).toBe("https://example.org/x.json");
    expect(() => checkHttpsAddress("http://example.org/x.json")).toThrow(/Only https:\/\/ addresses are accepted, not http:/);
    expect(() => checkHttpsAddress("file:///etc/passwd")).toThrow(/not file:/);
    expect(() => checkHttpsAddress("example.org/x.json")).toThrow(/not a web address/);
    expect(() => checkHttpsAddress("https://user:pw@example.org/")).toThrow(/user name or password/);
  });
});

describe("fetchFile", () => {
  it("returns the body and the final address", async () => {
    const calls: [string, Init][] = [];
    const fetch: FetchLike = async (url, init) => {
      calls.push([url, init]);
      return fakeResponse(new TextEncoder().encode("{}"), { headers: { "content-type": "application/json" } });
    };
    const file = await fetchFile("https://example.org/data.json", { fetch });
    expect(new TextDecoder().decode(file.bytes)).toBe("{}");
    expect(file).toMatchObject({ url: "https://example.org/data.json", contentType: "application/json" });
    expect(calls[0][1].signal).toBeInstanceOf(AbortSignal);
  });

  it("refuses before asking when the address is not https", async () => {
    const fetch = jest.fn();
    await expect(fetchFile("http://example.org/", { fetch })).rejects.toMatchObject({ code: "address" });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("gives up after the timeout, aborting the request", async () => {
    let aborted = false;
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal.addEventListener("abort", () => {
          aborted = true;
          reject(new Error("The operation was aborted"));
        });
      });
    await expect(fetchFile("https://slow.example.org/", { fetch, timeoutMs: 20 })).rejects.toMatchObject({
      code: "network",
      message: "https://slow.example.org/ did not answer within 0 seconds.",
    });
    expect(aborted).toBe(true);
  });

  it("refuses by declared length, and stops a stream that runs past the limit", async () => {
    const declared: FetchLike = async () => fakeResponse(null, { headers: { "content-length": "20000000" } });
    await expect(fetchFile("https://example.org/", { fetch: declared })).rejects.toMatchObject({ code: "too_large" });
    const endless: FetchLike = async () => fakeResponse(streamOf(1000, 1024));
    await expect(fetchFile("https://example.org/", { fetch: endless, maxBytes: 10 * 1024 })).rejects.toMatchObject({
      code: "too_large",
      message: expect.stringMatching(/more than the 10\.0 KB limit/),
    });
    const fits: FetchLike = async () => fakeResponse(streamOf(3, 1024));
    expect((await fetchFile("https://example.org/", { fetch: fits, maxBytes: 10 * 1024 })).bytes.length).toBe(3072);
  });

  it("reports HTTP errors, network errors and redirects to http", async () => {
    await expect(fetchFile("https://example.org/", { fetch: async () => fakeResponse(null, { status: 404 }) })).rejects.toMatchObject({
      message: "https://example.org/ answered 404 Not Found; nothing was downloaded.",
    });
    await expect(
      fetchFile("https://example.org/", {
        fetch: async () => {
          throw new TypeError("fetch failed");
        },
      }),
    ).rejects.toMatchObject({
      code: "network",
      message: "Could not download https://example.org/: fetch failed.",
    });
    await expect(
      fetchFile("https://example.org/", { fetch: async () => fakeResponse(null, { url: "http://example.org/" }) }),
    ).rejects.toMatchObject({ code: "address" });
  });
});
