/**
 * Full-width and half-width forms (a Japanese register's ＳＩ－３０１１８, ０３１５７, （取引停止 2025/01）, the
 * ideographic space, and half-width katakana of old ERP fields: ｽｰﾊﾟｰﾏｯｸｽ, 仕入先ｺｰﾄﾞ) folded to their ordinary forms by
 * Unicode NFKC, before the cell anatomy reads codes, marks and brackets. Only the runs of such characters are folded
 * (NFKC on the whole cell would also rewrite ligatures, circled letters and the like that the tables read as written:
 * ㈱ stays ㈱). Pure: no I/O.
 */
const WIDTH_FORM = /[\u3000\uFF01-\uFF5E\uFF61-\uFF9F]/;
const WIDTH_RUN = /[\u3000\uFF01-\uFF5E\uFF61-\uFF9F]+/g;

/** The cheap test that keeps every other cell out of the fold: one code point of the two blocks or the ideographic space. */
export function hasWidthForms(text: string): boolean {
  return WIDTH_FORM.test(text);
}

/** The text with its full-width ASCII, ideographic spaces and half-width katakana in their ordinary forms. */
export function foldWidths(text: string): string {
  return hasWidthForms(text) ? text.replace(WIDTH_RUN, (run) => run.normalize("NFKC")) : text;
}
