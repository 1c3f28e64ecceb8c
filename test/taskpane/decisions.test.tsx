/** @jest-environment jsdom */
// The pane's decisions section: the services over the fake Excel host (real core and Screener), and the panel.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
// jsdom has no TextEncoder; the dataset fingerprint (SHA-256) in the report needs it.
Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { bundledDataset, Screener } from "../../src/core";
import { REPORT_SHEET_NAME } from "../../src/core/report";
import { ScreeningController } from "../../src/taskpane/controller";
import { DecisionsPanel, createDecisionServices, matchesFilter } from "../../src/taskpane/decisions";
import { REVIEWER_NAME_KEY } from "../../src/taskpane/decisions/decisions-service";
import { createFakeExcel } from "../support/fake-excel";

async function screened() {
  const fake = createFakeExcel({
    sheets: {
      Suppliers: {
        values: [["Supplier"], ["Supermax Corporation Berhad"], ["Acme Widgets Ltd"], ["Hoshine Silicon Industry Co., Ltd."]],
      },
    },
    selection: "Suppliers!A1",
  });
  const dataset = bundledDataset();
  const controller = new ScreeningController({ run: fake.run, getScreener: () => new Screener(dataset) });
  await controller.screenColumn({ selection: await controller.describeSelection(), decisions: true });
  const service = createDecisionServices(
    fake.run,
    () => dataset,
    () => new Date("2026-12-05T09:00:00Z"),
  );
  return { fake, service };
}

describe("decision services", () => {
  test("decide the selected rows, read them back by filter, and make the report", async () => {
    const { fake, service } = await screened();
    fake.select("Suppliers!A2:C2");
    expect(await service.decideSelected("confirmed", "Ann", "same address")).toBe(1);
    expect(fake.values("Suppliers", "E2:H2")[0]).toEqual(["Confirmed – act on it", "Ann", "2026-12-05", "same address"]);

    const read = (await service.readDecisions())!;
    expect(read.counts).toMatchObject({ confirmed: 1, undecided: 1 });
    expect(read.rows.filter((r) => matchesFilter(r, "confirmed")).map((r) => r.rowNumber)).toEqual([2]);
    expect(read.rows.filter((r) => matchesFilter(r, "undecided")).map((r) => r.rowNumber)).toEqual([4]);

    const written = await service.createReport("Ann");
    expect(written.created).toBe(true);
    expect(fake.sheet(REPORT_SHEET_NAME).charts).toHaveLength(2);
    const cells = Object.values(fake.snapshot(REPORT_SHEET_NAME)).map((c) => c.value);
    expect(cells).toContain("Confirmed – act on it");
    expect(cells).toContain("same address");

    // Selecting the header or rows outside the block decides nothing.
    fake.select("Suppliers!A1");
    expect(await service.decideSelected("cleared", "Ann")).toBe(0);
  });
});

describe("DecisionsPanel", () => {
  test("asks for the name once, remembers it, and shows counts", async () => {
    localStorage.removeItem(REVIEWER_NAME_KEY);
    const { fake, service } = await screened();
    fake.select("Suppliers!A4");
    render(
      <FluentProvider theme={webLightTheme}>
        <DecisionsPanel service={service} />
      </FluentProvider>,
    );
    await screen.findByTestId("decision-counts");
    fireEvent.click(screen.getByRole("button", { name: "Set for selected rows" }));
    await waitFor(() => expect(screen.getByTestId("decision-status").textContent).toMatch(/Enter your name/));
    fireEvent.change(screen.getByLabelText("Your name (Decided by)"), { target: { value: "Bea" } });
    fireEvent.click(screen.getByRole("button", { name: "Set for selected rows" }));
    await waitFor(() => expect(screen.getByTestId("decision-status").textContent).toBe("Decision recorded for 1 row."));
    expect(localStorage.getItem(REVIEWER_NAME_KEY)).toBe("Bea");
    expect(fake.values("Suppliers", "E4:F4")[0]).toEqual(["Cleared – not the listed firm", "Bea"]);
    await waitFor(() => expect(screen.getByTestId("decision-counts").textContent).toMatch(/1 cleared/));
    fireEvent.click(screen.getByRole("button", { name: "Create report" }));
    await waitFor(() => expect(screen.getByTestId("decision-status").textContent).toMatch(/Report created/));
  });
});
