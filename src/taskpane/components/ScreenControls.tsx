import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { DismissCircleRegular, ShieldCheckmarkRegular } from "@fluentui/react-icons";
import type { ScreenProgress } from "../services";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function ScreenControls(props: {
  running: boolean;
  canScreen: boolean;
  progress: ScreenProgress | null;
  onScreen: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const { progress } = props;
  const fraction = progress && progress.total > 0 ? progress.done / progress.total : undefined;
  return (
    <section aria-label="Screening" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<ShieldCheckmarkRegular />}
          onClick={props.onScreen}
          disabled={props.running || !props.canScreen}
        >
          Screen
        </Button>
        {props.running && (
          <Button icon={<DismissCircleRegular />} onClick={props.onCancel}>
            Cancel
          </Button>
        )}
      </div>
      {props.running && (
        <Field
          label="Progress"
          validationState="none"
          validationMessage={
            progress
              ? (progress.activity ?? `${progress.done.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} rows`)
              : "Starting…"
          }
        >
          {/* Without a value the bar is indeterminate, which is right until the first chunk reports. */}
          <ProgressBar value={fraction} max={1} thickness="large" />
        </Field>
      )}
    </section>
  );
}
