/** @jest-environment jsdom */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
// jsdom lacks the encoding API that browsers and Office WebViews have; the core needs it.
Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { DatasetStore, memoryStorage } from "../../src/addin/dataset-store";
import { datasetFingerprint } from "../../src/core/dataset/load";
import type { Dataset } from "../../src/core/dataset/schema";
import type { FetchLike } from "../../src/core/importers";
import { DatasetView, type DatasetViewProps } from "../../src/taskpane/dataset";
import { baseDataset, fakeResponse, fixtureBytes } from "../importers/helpers";

async function setup(overrides: Partial<DatasetViewProps<{ version: string }>> = {}, bundled: Dataset = baseDataset()) {
  let current: Dataset = bundled;
  const listeners = new Set<() => void>();
  const runtime = {
    setDataset: (value: unknown) => {
      current = value as Dataset;
      listeners.forEach((l) => l());
    },
  };
  const store = new DatasetStore({
    storage: memoryStorage(),
    runtime,
    bundled: () => bundled,
    now: () => new Date("2026-11-26T10:00:00Z"),
  });
  const applySpy = jest.spyOn(store, "applyDataset");
  const previewSheetImpact = jest.fn(async (_screener: { version: string }) => ({ changed: 3 }));
  const onRescreen = jest.fn();
  const props: DatasetViewProps<{ version: string }> = {
    store,
    getDataset: () => current,
    onDatasetChanged: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    createScreener: (ds) => ({ version: ds.version }),
    previewSheetImpact,
    onRescreen,
    today: () => "2026-11-26",
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <DatasetView {...props} />
    </FluentProvider>,
  );
  // Lets the view's first storage read settle inside act, as it would before a user could click.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { store, applySpy, previewSheetImpact, onRescreen, current: () => current };
}

function chooseFile(name: string, bytes: Uint8Array) {
  const input = screen.getByLabelText("Dataset update file") as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([bytes as Uint8Array<ArrayBuffer>], name)] } });
}

describe("DatasetView", () => {
  it("shows version, compiled date, counts by list and status, sources and SHA-256", async () => {
    await setup();
    expect(screen.getByTestId("dataset-view-version").textContent).toBe("Version test-1, compiled 2026-01-01: 9 listings.");
    const table = screen.getByRole("table", { name: "Listings by list and status" });
    const rows = [...table.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => c.textContent));
    // The fixture: 5 CBP WROs (4 in force, 1 of unknown status), 4 UFLPA entities (3 listed, 1 removed).
    expect(rows).toEqual([
      ["List", "Listings", "In force", "Lifted or removed", "Status unknown"],
      ["CBP Withhold Release Orders", "5", "4", "0", "1"],
      ["UFLPA Entity List", "4", "3", "1", "0"],
      ["All lists", "9", "7", "1", "1"],
    ]);
    expect(screen.getByTestId("dataset-sha256").textContent).toBe(`SHA-256 ${datasetFingerprint(baseDataset())}`);
    expect(screen.getByRole("list", { name: "Dataset sources" }).textContent).toContain("Test curation: test (retrieved 2026-01-01)");
  });

  it("previews a CBP CSV, applies it, reports the sheet impact and offers to re-screen", async () => {
    const { applySpy, previewSheetImpact, onRescreen, current } = await setup();
    chooseFile("wro.csv", fixtureBytes("cbp-sample-cp1252.csv"));
    const preview = await screen.findByRole("region", { name: "Changes in this update" });
    expect(preview.textContent).toContain(
      "CBP WRO/Findings dataset CSV from wro.csv: version test-1 → test-1+cbp-2026-11-26, 9 → 11 listings.",
    );
    expect(preview.textContent).toContain("Supermax Corporation Bhd. and its wholly owned subsidiaries: active → inactive, 2023-09-18");
    expect(preview.textContent).toContain("Added (2)");
    expect(preview.textContent).toContain("1 listing(s) are not in this file and stay in force.");
    expect(applySpy).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText("Dataset updated")).toBeTruthy();
    expect(current().version).toBe("test-1+cbp-2026-11-26");
    expect(applySpy).toHaveBeenCalledWith(expect.objectContaining({ version: "test-1+cbp-2026-11-26" }), "wro.csv");
    expect(previewSheetImpact).toHaveBeenCalledWith({ version: "test-1+cbp-2026-11-26" });
    expect(await screen.findByText("3 suppliers in this sheet change risk with the new dataset: re-screen?")).toBeTruthy();
    expect(screen.getByTestId("dataset-view-version").textContent).toContain("test-1+cbp-2026-11-26");
    fireEvent.click(screen.getByRole("button", { name: "Re-screen" }));
    expect(onRescreen).toHaveBeenCalledTimes(1);
  });

  it("refuses a sign-in page saved as .csv, keeping the dataset", async () => {
    const { applySpy, current } = await setup();
    chooseFile("wro.csv", fixtureBytes("signin.html"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Update not used.*sign-in or access page.*The current dataset stays in force\./);
    expect(screen.queryByRole("region", { name: "Changes in this update" })).toBeNull();
    expect(applySpy).not.toHaveBeenCalled();
    expect(current().version).toBe("test-1");
  });

  it("refuses an update that drops more than half, and previews it only when asked", async () => {
    await setup();
    const small = { ...baseDataset(), version: "small", listings: baseDataset().listings.slice(0, 2), rules: [] };
    chooseFile("small.json", new TextEncoder().encode(JSON.stringify(small)));
    expect((await screen.findByRole("alert")).textContent).toMatch(/would drop 7 of the 9 current listings/);
    fireEvent.click(screen.getByRole("button", { name: "Preview anyway" }));
    const preview = await screen.findByRole("region", { name: "Changes in this update" });
    expect(preview.textContent).toContain("Removed from the dataset (7)");
  });

  it("downloads from an https address with the injected fetch and refuses http", async () => {
    const body = new TextEncoder().encode(JSON.stringify({ ...baseDataset(), version: "remote-2" }));
    const fetch: FetchLike = jest.fn(async () => fakeResponse(body, { url: "https://example.org/wro-dataset.json" }));
    await setup({ fetch });
    const input = screen.getByRole("textbox");
    fireEvent.change(input, { target: { value: "http://example.org/wro-dataset.json" } });
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Only https:\/\/ addresses are accepted/);
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: "https://example.org/wro-dataset.json" } });
    fireEvent.click(screen.getByRole("button", { name: "Download" }));
    const preview = await screen.findByRole("region", { name: "Changes in this update" });
    expect(preview.textContent).toContain("dataset JSON from https://example.org/wro-dataset.json: version test-1 → remote-2");
  });

  it("previews a UFLPA page: counts, removals only when ticked, section moves and warnings", async () => {
    await setup();
    chooseFile("uflpa.html", fixtureBytes("uflpa-sample.html"));
    let preview = await screen.findByRole("region", { name: "Changes in this update" });
    expect(screen.getByTestId("dataset-import-counts").textContent).toBe("Added 3, renamed 0, status changed 1, not in this file 1.");
    expect(preview.textContent).not.toContain("Exemplar Removed Trading Co.: active → inactive");
    expect(screen.getByRole("list", { name: "Listings that would be marked removed" }).textContent).toContain(
      "uflpa-2023-06-09-exemplar-removed",
    );
    fireEvent.click(screen.getByRole("checkbox", { name: /Mark these 1 listing\(s\) as removed/ }));
    preview = await screen.findByRole("region", { name: "Changes in this update" });
    expect(preview.textContent).toContain("Exemplar Removed Trading Co.: active → inactive (date not stated)");
    expect(screen.getByTestId("dataset-import-counts").textContent).toContain("marked removed 1");
    expect(preview.textContent).toContain("Section changed (1)");
    expect(preview.textContent).toContain("Changji Esquel Textile Co. Ltd. (and one alias: Changji Yida Textile)");
    expect(preview.textContent).toContain("Added (3)");
  });

  it("asks which listing a row is when it could be one of two, and applies only once answered", async () => {
    // The page's "Exemplar Labour Dispatch Co. (also known as Exemplar Dispatch and formerly known as Old
    // Exemplar Dispatch)" against a dataset holding its alias and its former name as two listings.
    const twofold = baseDataset();
    const dispatch = twofold.listings.find((l) => l.id === "uflpa-2024-05-16-exemplar-labour-dispatch")!;
    twofold.listings = [
      ...twofold.listings.filter((l) => l !== dispatch),
      {
        ...dispatch,
        id: "uflpa-a",
        dateIssued: "2023-01-01",
        name: "Exemplar Dispatch Co.",
        names: [{ name: "Exemplar Dispatch Co.", kind: "primary" }],
      },
      {
        ...dispatch,
        id: "uflpa-b",
        dateIssued: "2021-01-01",
        name: "Old Exemplar Dispatch Ltd.",
        names: [{ name: "Old Exemplar Dispatch Ltd.", kind: "primary" }],
      },
    ];
    const { applySpy, current } = await setup({}, twofold);
    chooseFile("uflpa.html", fixtureBytes("uflpa-sample.html"));
    const preview = await screen.findByRole("region", { name: "Changes in this update" });
    expect(preview.textContent).toContain("Could be one of several listings (1): nothing is merged by guess");
    const question = screen.getByRole("combobox", {
      name: /"Exemplar Labour Dispatch Co\." \(line \d+\) could be "Exemplar Dispatch Co\." or "Old Exemplar Dispatch Ltd\."/,
    });
    expect(preview.textContent).toContain("Answer before applying.");
    const apply = screen.getByRole("button", { name: "Apply" }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);

    fireEvent.change(question, { target: { value: "uflpa-b" } });
    await waitFor(() => expect((screen.getByRole("button", { name: "Apply" }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText("Dataset updated")).toBeTruthy();
    expect(applySpy).toHaveBeenCalledTimes(1);
    const merged = current().listings.find((l) => l.id === "uflpa-b")!;
    expect(merged.names.map((n) => n.name)).toContain("Exemplar Labour Dispatch Co.");
    expect(current().listings.filter((l) => /Dispatch/.test(l.name))).toHaveLength(2);
  });

  it("refuses a file over 10 MB before reading it", async () => {
    const { applySpy } = await setup();
    chooseFile("huge.csv", new Uint8Array(10 * 1024 * 1024 + 1));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "File too largehuge.csv is 10.0 MB, over the 10.0 MB limit; it was not read.",
    );
    expect(applySpy).not.toHaveBeenCalled();
  });

  it("keeps the dataset and says why when storing fails", async () => {
    const { store, current } = await setup();
    jest
      .spyOn(store, "applyDataset")
      .mockRejectedValueOnce(new Error("Office storage refused to save the dataset (quota); nothing was changed."));
    chooseFile("u.html", fixtureBytes("uflpa-sample.html"));
    fireEvent.click(await screen.findByRole("button", { name: "Apply" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Update not applied.*quota.*The current dataset stays in force\./);
    expect(current().version).toBe("test-1");
  });

  it("rolls back to the previous and to the bundled dataset", async () => {
    const { store, current } = await setup();
    await act(async () => {
      await store.applyDataset({ ...baseDataset(), version: "v2" }, "a.json");
      await store.applyDataset({ ...baseDataset(), version: "v3" }, "b.json");
    });
    const previous = await screen.findByRole("button", { name: "Roll back to previous (v2)" });
    fireEvent.click(previous);
    expect(await screen.findByText(/Now screening with version v2 \(the dataset used before\)\./)).toBeTruthy();
    expect(current().version).toBe("v2");
    fireEvent.click(screen.getByRole("button", { name: "Roll back to bundled" }));
    await waitFor(() => expect(current().version).toBe("test-1"));
    expect(await screen.findByText(/Now screening with version test-1 \(the bundled dataset\)\./)).toBeTruthy();
  });

  it("disables roll-back to previous when nothing earlier is stored, and shows a start-up problem", async () => {
    await setup({ startupProblem: "Using the bundled dataset because the stored dataset is damaged (Unexpected token)." });
    expect((screen.getByRole("button", { name: "Roll back to previous" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/the stored dataset is damaged/)).toBeTruthy();
  });
});
