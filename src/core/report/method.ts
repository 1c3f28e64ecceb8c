/** The method in plain words, as the report prints it (the README's table, for an auditor who has only the workbook). */
export const METHOD_LINES: ReadonlyArray<readonly [string, string]> = [
  [
    "What was checked",
    "Each supplier name was compared with every name of every listing in the dataset: CBP Withhold Release Orders and Findings (section 307 of the Tariff Act) and the DHS UFLPA Entity List, including aliases, former names, subsidiaries and Chinese names. Country and product cells, where given, were checked against region- and product-wide orders.",
  ],
  [
    "High",
    "A strong match to a listing in force (a WRO, Finding or UFLPA entry; also partly active orders). Do not import the goods into the US without compliance review.",
  ],
  [
    "Review",
    "A possible match; or a strong match to an order whose status the sources do not establish; or a region or product rule (for example cotton from China, anything from Xinjiang). Check the supplier's legal name, address and the origin of the goods.",
  ],
  ["Lifted", "A strong match, but only to orders no longer in force. Nothing is detained today; keep the import dates on file."],
  ["None", "No match among the listings in this dataset version, and no region or product rule applies."],
  [
    "What a None does not prove",
    "A None is not a clearance. It does not show that the supplier's goods are free of forced labour, that its own suppliers are not listed, or that it is not listed under a name, spelling or subsidiary the dataset does not hold; and it says nothing about listings made after the dataset was compiled, nor about other regimes (sanctions, export controls, other countries' bans).",
  ],
  [
    "Decisions",
    'A decision (Cleared – not the listed firm; Confirmed – act on it; Escalated) was recorded by a person about one listing match. It stands only while the match stays the same: when a later run finds another listing, a new status (lifted or re-imposed) or a changed result, the row shows "Decision outdated" and counts as undecided.',
  ],
];
