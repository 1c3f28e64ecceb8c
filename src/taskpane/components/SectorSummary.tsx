import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FilterRegular } from "@fluentui/react-icons";
import { plural } from "../messages";
import type { SectorLabel, SectorReport } from "../services";

export const SECTOR_ORDER: SectorLabel[] = ["Forced labour", "Child labour", "Forced and child labour", "Input risk"];

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { display: "grid", gridTemplateColumns: "1fr 4em", gap: tokens.spacingHorizontalS },
  count: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/**
 * Rows by "Sector risk" label (the US Department of Labor's List of Goods, docs/sector-risk.md), the rows whose
 * product could not be read, and the filter. Shown apart from the risk counts: it never changes the WRO risk.
 */
export function SectorSummary(props: { sector: SectorReport; busy: boolean; onShowSectorRisk: () => void }) {
  const styles = useStyles();
  const { counts, unreadable } = props.sector;
  const total = SECTOR_ORDER.reduce((sum, label) => sum + counts[label], 0);
  return (
    <section aria-labelledby="sector-heading" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text as="h2" id="sector-heading" weight="semibold" size={400}>
        Sector risk ({total.toLocaleString("en-US")})
      </Text>
      <Text size={200}>
        Goods and countries on the US Department of Labor&apos;s List of Goods Produced by Child Labor or Forced Labor. A sector indication
        for due diligence, not a finding about any supplier; it does not change the WRO risk.
      </Text>
      <ul className={styles.list} aria-label="Rows by sector risk">
        {SECTOR_ORDER.map((label) => (
          <li key={label} className={styles.item} data-sector={label}>
            <Text>{label}</Text>
            <Text className={styles.count} data-testid={`sector-count-${label}`}>
              {counts[label].toLocaleString("en-US")}
            </Text>
          </li>
        ))}
      </ul>
      {unreadable !== null && (
        <Text size={200} data-testid="sector-unreadable">
          {unreadable === 0
            ? "Every product was read."
            : `${plural(unreadable, "row")} whose product could not be read (no List good matched); ${
                unreadable === 1 ? "it has" : "they have"
              } no sector risk.`}
        </Text>
      )}
      <div className={styles.actions}>
        {/* "Clear filter" under the flagged list clears this filter too: one filter, one way back. */}
        <Button icon={<FilterRegular />} onClick={props.onShowSectorRisk} disabled={props.busy || total === 0}>
          Show sector risk
        </Button>
      </div>
    </section>
  );
}
