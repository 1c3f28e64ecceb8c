/**
 * Errors returned to cells. In Excel these must be CustomFunctions.Error objects; outside Excel (Node tests,
 * benchmarks, a browser without office.js) the same information is carried by WorksheetError.
 */

/** Excel only shows a custom message for #VALUE! and #N/A, so those are the two codes used. */
export type WorksheetErrorCode = "#VALUE!" | "#N/A";

/** Excel caps the message on the error flag; longer notes are cut at a word boundary. */
const MAX_MESSAGE_LENGTH = 250;

export class WorksheetError extends Error {
  constructor(
    readonly code: WorksheetErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WorksheetError";
  }
}

export function shortenMessage(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  const cut = message.slice(0, MAX_MESSAGE_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > MAX_MESSAGE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut) + "…";
}

/** A value a custom function can return in a cell or throw: CustomFunctions.Error inside Excel, WorksheetError elsewhere. */
export function worksheetError(code: WorksheetErrorCode, message: string): Error {
  const text = shortenMessage(message);
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (runtime && typeof runtime.Error === "function") {
    // CustomFunctions.ErrorCode values are the literal error texts, so the code can be passed through as is.
    return new runtime.Error(code as CustomFunctions.ErrorCode, text) as unknown as Error;
  }
  return new WorksheetError(code, text);
}
