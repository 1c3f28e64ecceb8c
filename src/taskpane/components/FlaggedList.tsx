import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FilterDismissRegular, FilterRegular } from "@fluentui/react-icons";
import type { FlaggedRow } from "../services";
import { RiskBadge } from "./RiskBadge";

/** Rendering thousands of rows would stall the pane; the sheet filter shows the rest. */
export const FLAGGED_DISPLAY_LIMIT = 200;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    display: "flex",
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  supplier: { overflowWrap: "anywhere" },
  listing: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function FlaggedList(props: {
  rows: FlaggedRow[];
  onSelectRow: (row: number) => void;
  onShowFlaggedOnly: () => void;
  onClearFilter: () => void;
  busy: boolean;
}) {
  const styles = useStyles();
  const shown = props.rows.slice(0, FLAGGED_DISPLAY_LIMIT);
  return (
    <section aria-labelledby="flagged-heading" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text as="h2" id="flagged-heading" weight="semibold" size={400}>
        Flagged suppliers ({props.rows.length.toLocaleString("en-US")})
      </Text>
      <div className={styles.actions}>
        <Button icon={<FilterRegular />} onClick={props.onShowFlaggedOnly} disabled={props.busy}>
          Show flagged only
        </Button>
        <Button icon={<FilterDismissRegular />} onClick={props.onClearFilter} disabled={props.busy}>
          Clear filter
        </Button>
      </div>
      {props.rows.length === 0 ? (
        <Text>No supplier matched a listing.</Text>
      ) : (
        <ul className={styles.list} aria-label="Flagged suppliers; choose one to select its row in Excel">
          {shown.map((row) => (
            <li key={row.rowNumber}>
              <Button
                appearance="subtle"
                className={styles.item}
                onClick={() => props.onSelectRow(row.rowNumber)}
                // No aria-label: the name is the visible text (risk, supplier, row, listing), so what a speech-input
                // user sees is what they can say (WCAG 2.5.3 Label in Name; axe rule label-content-name-mismatch).
              >
                <RiskBadge risk={row.risk} />
                <span className={styles.text}>
                  <span className={styles.supplier}>
                    {row.supplier} <Text size={200}>(row {row.rowNumber})</Text>
                  </span>
                  {(row.match || row.note) && (
                    <Text size={200} className={styles.listing}>
                      {row.match || row.note}
                    </Text>
                  )}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {props.rows.length > shown.length && (
        <Text size={200}>
          Showing the first {shown.length} of {props.rows.length.toLocaleString("en-US")}. Use Show flagged only to see them all in the
          sheet.
        </Text>
      )}
    </section>
  );
}
