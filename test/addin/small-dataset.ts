// A small, valid dataset for tests that swap the shared dataset. Names are invented so they can never
// match the bundled dataset, and each listing exercises one status.
import type { Dataset, Listing } from "../../src/core";

function listing(id: string, name: string, overrides: Partial<Listing> = {}): Listing {
  return {
    id,
    list: "cbp_wro",
    listVerified: true,
    dateIssued: "2024-03-05",
    name,
    names: [{ name, kind: "primary" }],
    matchBy: "name",
    country: "Testland",
    region: null,
    products: "Test widgets",
    industry: null,
    scope: null,
    section: null,
    status: "active",
    statusDate: null,
    statusText: "active",
    statusHistory: [{ date: "2024-03-05", kind: "issued", description: "WRO issued" }],
    verifyUrl: "https://www.cbp.gov/example-test-source",
    sources: ["https://www.cbp.gov/example-test-source"],
    confidence: "verified",
    notes: null,
    ...overrides,
  };
}

export const ACTIVE_NAME = "Quillfeather Widget Manufactory Sdn Bhd";
export const LIFTED_NAME = "Brambleton Rubber Gloves Holdings Bhd";

export function smallDataset(version = "test-2024-03-05"): Dataset {
  return {
    schemaVersion: 2,
    version,
    compiled: "2024-03-05",
    description: "Test dataset",
    sources: [{ name: "Test source", address: "https://www.cbp.gov/example-test-source", retrieved: "2024-03-05" }],
    listings: [
      listing("wro-2024-03-05-quillfeather", ACTIVE_NAME),
      listing("wro-2022-01-10-brambleton", LIFTED_NAME, {
        dateIssued: "2022-01-10",
        status: "inactive",
        statusDate: "2023-06-30",
        statusText: "modified (lifted)",
        statusHistory: [
          { date: "2022-01-10", kind: "issued", description: "WRO issued" },
          { date: "2023-06-30", kind: "lifted", description: "modified (lifted)" },
        ],
      }),
    ],
    rules: [],
  };
}
