/**
 * A problem the user can fix (bad option, unreadable file, missing column). The CLI prints
 * the message as is and exits with code 2; anything else is a bug and exits with code 1.
 */
export class UsageError extends Error {
  override name = "UsageError";
}
