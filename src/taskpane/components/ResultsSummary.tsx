import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { RISK_LABELS } from "../../core/screening/types";
import type { Risk } from "../../core/screening/types";
import { plural } from "../messages";
import type { ScreenReport } from "../services";

const ORDER: Risk[] = ["high", "review", "lifted", "none"];

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "grid", gridTemplateColumns: "4.5em 1fr 4em", alignItems: "center", gap: tokens.spacingHorizontalS },
  track: { height: "10px", backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: "100%", borderRadius: tokens.borderRadiusSmall, minWidth: "2px" },
  count: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  high: { backgroundColor: tokens.colorPaletteRedBackground3 },
  review: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  lifted: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  none: { backgroundColor: tokens.colorNeutralStroke1 },
});

/** Counts by risk level with proportional bars; the numbers are text, the bars are decoration. */
export function ResultsSummary(props: { report: ScreenReport; caption?: string }) {
  const styles = useStyles();
  const { report } = props;
  const largest = Math.max(1, ...ORDER.map((r) => report.counts[r]));
  return (
    <section aria-labelledby="summary-heading" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <Text as="h2" id="summary-heading" weight="semibold" size={400}>
        Results
      </Text>
      {props.caption && <Text size={200}>{props.caption}</Text>}
      <ul className={styles.list} aria-label="Rows by risk level">
        {ORDER.map((risk) => {
          const count = report.counts[risk];
          return (
            <li key={risk} className={styles.item} data-risk={risk}>
              <Text>{RISK_LABELS[risk]}</Text>
              <div className={styles.track} aria-hidden>
                {count > 0 && <div className={`${styles.bar} ${styles[risk]}`} style={{ width: `${(count / largest) * 100}%` }} />}
              </div>
              <Text className={styles.count} data-testid={`count-${risk}`}>
                {count.toLocaleString("en-US")}
              </Text>
            </li>
          );
        })}
      </ul>
      <Text size={200}>
        {plural(report.total, "row")} screened
        {report.skipped > 0 ? `, ${report.skipped.toLocaleString("en-US")} skipped (empty or not a name)` : ""}.
      </Text>
    </section>
  );
}
