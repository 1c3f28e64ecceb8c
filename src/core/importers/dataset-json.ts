import type { Dataset } from "../dataset/schema";
import { DatasetError, parseDataset } from "../dataset/load";
import { decodeUtf8, looksLikeHtml, looksLikeSignInPage } from "./decode";
import { checkSize, ImportError } from "./errors";

/** Reads a whole replacement dataset in the project's own JSON format, validated field by field. */
export function parseDatasetJson(bytes: Uint8Array, fileName: string, maxBytes?: number): Dataset {
  const what = `The file ${fileName}`;
  checkSize(bytes, what, maxBytes);
  const text = decodeUtf8(bytes, what);
  if (looksLikeHtml(text)) {
    throw new ImportError(
      looksLikeSignInPage(text) ? "sign_in_page" : "not_html",
      looksLikeSignInPage(text)
        ? `${what} is a sign-in or access page, not a dataset JSON file.`
        : `${what} is a web page (HTML), not a dataset JSON file.`,
    );
  }
  if (text.trim() === "") throw new ImportError("empty", `${what} holds only white space.`);
  try {
    return parseDataset(text);
  } catch (e) {
    if (e instanceof DatasetError) {
      const invalidJson = e.message.startsWith("The dataset is not valid JSON");
      throw new ImportError(invalidJson ? "malformed" : "invalid_dataset", `${what}: ${e.message}`, undefined, undefined, e.problems);
    }
    throw e;
  }
}
