import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { InsertQuestion } from "../services";

export function insertQuestionText(question: InsertQuestion): string {
  const columns = question.columnCount === 1 ? "The column" : `The ${question.columnCount} columns`;
  const where = question.occupiedAddress ? ` (${question.occupiedAddress})` : "";
  return `${columns} to the right${where} hold data. Insert new columns?`;
}

/**
 * Asked before the adapter inserts columns, so a run never overwrites data. Closing the dialog with
 * Escape counts as Cancel.
 */
export function ConfirmInsertDialog(props: { question: InsertQuestion | null; onAnswer: (insert: boolean) => void }) {
  const open = props.question !== null;
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) props.onAnswer(false);
      }}
    >
      <DialogSurface aria-describedby="insert-question">
        <DialogBody>
          <DialogTitle>Insert result columns?</DialogTitle>
          <DialogContent id="insert-question">
            {props.question ? insertQuestionText(props.question) : ""} Existing cells move right; nothing is overwritten.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(true)}>
              Insert
            </Button>
            <Button onClick={() => props.onAnswer(false)}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
