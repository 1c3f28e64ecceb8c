import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { InsertQuestion, LargeSelectionQuestion } from "../services";

export type PendingQuestion = { kind: "insert"; question: InsertQuestion } | { kind: "large-selection"; question: LargeSelectionQuestion };

export function insertQuestionText(question: InsertQuestion): string {
  const columns = question.columnCount === 1 ? "The column" : `The ${question.columnCount} columns`;
  const where = question.occupiedAddress ? ` (${question.occupiedAddress})` : "";
  const verb = question.columnCount === 1 ? "holds" : "hold";
  return `${columns} to the right${where} ${verb} data. Insert new columns?`;
}

function wording(pending: PendingQuestion): { title: string; text: string; confirm: string } {
  if (pending.kind === "insert") {
    const q = pending.question;
    const headers = q.occupiedHeaders?.filter((h) => h.trim()).length ? ` (${q.occupiedHeaders.filter((h) => h.trim()).join(", ")})` : "";
    const move =
      q.action === "add-table-columns"
        ? "New columns are added to the table; nothing is overwritten."
        : `Existing cells${headers} move right; nothing is overwritten.`;
    return { title: "Insert result columns?", text: `${insertQuestionText(q)} ${move}`, confirm: "Insert" };
  }
  const q = pending.question;
  return {
    title: "Screen a very large selection?",
    text:
      `The selection has ${q.rowCount.toLocaleString("en-US")} rows, more than the ${q.rowLimit.toLocaleString("en-US")} ` +
      "screened at once. It will take longer and Excel may be slow meanwhile. Screen them all?",
    confirm: "Screen all",
  };
}

/**
 * The run waits on this dialog; closing it with Escape counts as Cancel, so the run is never left
 * waiting for an answer.
 */
export function ConfirmDialog(props: { pending: PendingQuestion | null; onAnswer: (yes: boolean) => void }) {
  const words = props.pending ? wording(props.pending) : null;
  return (
    <Dialog
      open={props.pending !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) props.onAnswer(false);
      }}
    >
      <DialogSurface aria-describedby="confirm-question">
        <DialogBody>
          <DialogTitle>{words?.title}</DialogTitle>
          <DialogContent id="confirm-question">{words?.text}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(true)}>
              {words?.confirm}
            </Button>
            <Button onClick={() => props.onAnswer(false)}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
