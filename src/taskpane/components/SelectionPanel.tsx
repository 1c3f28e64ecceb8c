import { Button, Field, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import type { SelectionState } from "../hooks/useSelection";
import { plural } from "../messages";
import type { HeaderOption } from "../services";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "24px" },
  columns: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalM },
  dropdown: { minWidth: "0" },
});

const NONE = "__none__";

export interface SelectionPanelProps {
  selection: SelectionState;
  onRefresh: () => void;
  countryKey: string | null;
  productKey: string | null;
  onCountryChange: (key: string | null) => void;
  onProductChange: (key: string | null) => void;
  disabled: boolean;
}

export function describeSummary(selection: SelectionState): string {
  const s = selection.summary;
  if (!s) return selection.loading ? "Reading the selection…" : "No usable selection.";
  const column = s.header ? `“${s.header}” (column ${s.columnLetter})` : `column ${s.columnLetter}`;
  const large = s.exceedsRowLimit ? " That is more than one run usually screens; you will be asked to confirm." : "";
  return `${plural(s.rowCount, "row")} in ${column} of ${s.sheetName} will be screened.${large}`;
}

export function SelectionPanel(props: SelectionPanelProps) {
  const styles = useStyles();
  const { selection } = props;
  const headers = selection.summary?.headers ?? [];
  return (
    <section className={styles.root} aria-labelledby="selection-heading">
      <Text as="h2" id="selection-heading" weight="semibold" size={400}>
        Suppliers
      </Text>
      <div className={styles.summary}>
        {selection.loading && <Spinner size="extra-tiny" aria-hidden />}
        <Text data-testid="selection-summary">{describeSummary(selection)}</Text>
      </div>
      <Button icon={<ArrowSyncRegular />} onClick={props.onRefresh} disabled={props.disabled}>
        Use current selection
      </Button>
      <div className={styles.columns}>
        <ColumnPicker
          label="Country column"
          headers={headers}
          value={props.countryKey}
          onChange={props.onCountryChange}
          disabled={props.disabled || headers.length === 0}
        />
        <ColumnPicker
          label="Product column"
          hint="Optional; also adds a Sector risk column"
          headers={headers}
          value={props.productKey}
          onChange={props.onProductChange}
          disabled={props.disabled || headers.length === 0}
        />
      </div>
    </section>
  );
}

/**
 * A native select (Fluent's Select) rather than Dropdown: the same keyboard and screen-reader behaviour
 * that users know from the OS, without the popup-positioning code Dropdown adds to the bundle.
 */
function ColumnPicker(props: {
  label: string;
  hint?: string;
  headers: HeaderOption[];
  value: string | null;
  onChange: (key: string | null) => void;
  disabled: boolean;
}) {
  const styles = useStyles();
  const value = props.headers.some((h) => h.key === props.value) ? props.value! : NONE;
  return (
    <Field label={props.label} hint={props.hint ?? "Optional"}>
      <Select
        className={styles.dropdown}
        disabled={props.disabled}
        value={value}
        onChange={(_, data) => props.onChange(data.value !== NONE ? data.value : null)}
      >
        <option value={NONE}>None</option>
        {props.headers.map((h) => (
          <option key={h.key} value={h.key}>
            {h.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
