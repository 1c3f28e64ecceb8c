import { SaxesParser, type SaxesTagPlain } from "saxes";

/** Escapes text content for XML. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Escapes an attribute value (double-quoted), keeping tabs and line breaks as character references. */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** XML 1.0 forbids most control characters; cell text from CSV may hold them. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

export function openTag(name: string, attributes: Record<string, string>, selfClosing = false): string {
  let out = "<" + name;
  for (const [k, v] of Object.entries(attributes)) out += ` ${k}="${escapeAttr(v)}"`;
  return out + (selfClosing ? "/>" : ">");
}

/** Handlers for a re-serialising pass: each may write its own output instead of the default copy. */
export interface RewriteHandlers {
  /** Return true when it wrote the element itself; then the default copy is skipped. */
  open?(tag: SaxesTagPlain, path: readonly string[], out: string[]): boolean | void;
  /** Called before an element's end tag is written (also for self-closing ones, which are then written open/close). */
  beforeClose?(name: string, path: readonly string[], out: string[]): void;
  /** Return true to drop the element and everything in it. */
  skip?(tag: SaxesTagPlain, path: readonly string[], out: string[]): boolean;
}

/** Output is handed on in pieces once this many pieces are waiting. */
const FLUSH_PIECES = 8192;

export interface XmlRewriter {
  /** Parses the next piece of the input; output may be handed to the sink meanwhile. */
  write(text: string): void;
  /** Ends the input and hands on the rest of the output. */
  close(): void;
}

/**
 * Parses XML with saxes and writes it back, event by event, giving the handlers a chance to change
 * elements. Attribute order, namespaces and text are kept; only quoting and escaping are normalised.
 * Input comes in pieces and output goes to sink in pieces, so a worksheet of a million rows is
 * never held as one string.
 */
export function xmlRewriter(handlers: RewriteHandlers, sink: (text: string) => void): XmlRewriter {
  let out: string[] = [];
  const path: string[] = [];
  let skipping = 0;
  /** Where each open element's start tag went in out (-1: already handed on), and whether the input wrote it self-closing. */
  const opened: Array<{ index: number; selfClosing: boolean }> = [];
  const flush = () => {
    if (out.length) sink(out.join(""));
    out = [];
    // Every open element has content after its start tag by now, so none becomes self-closing.
    for (const o of opened) o.index = -1;
  };
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("xmldecl", (d) => {
    let decl = `<?xml version="${d.version ?? "1.0"}"`;
    if (d.encoding) decl += ` encoding="${d.encoding}"`;
    if (d.standalone) decl += ` standalone="${d.standalone}"`;
    out.push(decl + "?>");
  });
  parser.on("processinginstruction", (pi) => {
    if (!skipping) out.push(`<?${pi.target}${pi.body ? " " + pi.body : ""}?>`);
  });
  parser.on("comment", (c) => {
    if (!skipping) out.push(`<!--${c}-->`);
  });
  parser.on("text", (t) => {
    if (!skipping) out.push(escapeText(t));
  });
  parser.on("cdata", (t) => {
    if (!skipping) out.push(`<![CDATA[${t}]]>`);
  });
  parser.on("opentag", (tag) => {
    const plain = tag as SaxesTagPlain;
    if (skipping) {
      skipping++;
      path.push(plain.name);
      return;
    }
    if (handlers.skip?.(plain, path, out)) {
      skipping = 1;
      path.push(plain.name);
      return;
    }
    const handled = handlers.open?.(plain, path, out) === true;
    path.push(plain.name);
    if (!handled) out.push(openTag(plain.name, plain.attributes as Record<string, string>));
    opened.push({ index: handled ? -1 : out.length - 1, selfClosing: plain.isSelfClosing });
  });
  parser.on("closetag", (tag) => {
    path.pop();
    if (skipping) {
      skipping--;
      return;
    }
    path.push(tag.name);
    handlers.beforeClose?.(tag.name, path, out);
    path.pop();
    const start = opened.pop()!;
    // An empty element written self-closing stays self-closing.
    if (start.selfClosing && start.index !== -1 && start.index === out.length - 1) out[start.index] = out[start.index].slice(0, -1) + "/>";
    else out.push(`</${tag.name}>`);
    if (out.length >= FLUSH_PIECES) flush();
  });
  return {
    write(text: string) {
      parser.write(text);
    },
    close() {
      parser.close();
      flush();
    },
  };
}

/** rewriteXml for a part held as one string (small parts: styles, rels, tests). */
export function rewriteXml(xml: string, handlers: RewriteHandlers): string {
  const pieces: string[] = [];
  const rewriter = xmlRewriter(handlers, (text) => pieces.push(text));
  rewriter.write(xml);
  rewriter.close();
  return pieces.join("");
}
