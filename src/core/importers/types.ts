import type { Listing, ListKind } from "../dataset/schema";
import type { TextEncodingName } from "./decode";

/** One listing as an official file states it, before it is merged into a dataset. */
export interface ImportedEntry {
  listing: Listing;
  /** 1-based line in the file where the row starts, for messages. */
  line: number | null;
  /** UFLPA only: the first sub-section of §2(d)(2)(B) the entity is listed in ("i", "ii", "iv", "v"). */
  sectionKey: string | null;
  /** UFLPA only: every sub-section the entity is listed in (one entity, several tables: one entry). */
  sectionKeys?: string[];
}

export interface ImportedSource {
  name: string;
  address: string;
  retrieved: string | null;
}

/** A whole official list as read from one file; importers return it complete or throw ImportError. */
export interface ImportedList {
  format: "cbp_csv" | "uflpa_html";
  /** The lists the file covers in full, so a listing of these lists missing from the file is news. */
  lists: ListKind[];
  entries: ImportedEntry[];
  /** Dataset-level source record. */
  source: ImportedSource;
  /** The string written into each listing's `sources`; also identifies earlier imports of the same kind. */
  sourceLabel: string;
  /**
   * The file's own date: "Last Updated" on the DHS page; the newest Effective Date in a CBP file. A listing
   * dated after it cannot be expected in the file, so it is never proposed for removal.
   */
  fileDate?: string | null;
  /** Things the reader should know that did not stop the import (skipped blank rows, unparsed names). */
  warnings: string[];
  encoding: TextEncodingName;
}

export interface ImportOptions {
  /** File name or address the bytes came from; recorded as the source. */
  fileName: string;
  /** YYYY-MM-DD the file was downloaded or saved; the importing day when the user does not say. */
  retrieved: string | null;
  maxBytes?: number;
}
