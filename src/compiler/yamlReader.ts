/**
 * A typed walk over a YAML document that reports every problem with its line and column,
 * so an editor's mistake in the story file points at the exact entry.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type Scalar } from 'yaml';
import { type Diagnostic, errorAt, warningAt } from './diagnostics';

export type YamlNode = Node | null | undefined;

export interface YamlSource {
  root: YamlNode;
  text: string;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

/** Returns the parsed document, or syntax errors with positions (root null then). */
export function parseYaml(text: string, path: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  // prettyErrors would add source excerpts to the message; positions come from the offsets instead.
  const at = (pos: [number, number]) => lineCounter.linePos(Math.min(pos[0], text.length));
  for (const e of doc.errors) diagnostics.push(errorAt(path, `malformed YAML: ${firstLine(e.message)}`, at(e.pos)));
  for (const w of doc.warnings) diagnostics.push(warningAt(path, firstLine(w.message), at(w.pos)));
  return { root: diagnostics.some((d) => d.severity === 'error') ? null : (doc.contents as YamlNode), text, lineCounter, diagnostics };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Reads values out of YAML nodes, collecting diagnostics instead of throwing. */
export class YamlReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly path: string,
    private readonly source: YamlSource,
  ) {}

  /** Returns the 1-based line and column where the node starts. */
  pos(node: YamlNode, fallback?: YamlNode): { line: number; col: number } | undefined {
    const range = node?.range ?? fallback?.range;
    if (!range) return undefined;
    return this.source.lineCounter.linePos(range[0]);
  }

  error(node: YamlNode, message: string, fallback?: YamlNode): void {
    this.diagnostics.push(errorAt(this.path, message, this.pos(node, fallback)));
  }

  warn(node: YamlNode, message: string, fallback?: YamlNode): void {
    this.diagnostics.push(warningAt(this.path, message, this.pos(node, fallback)));
  }

  /** Returns the entries of a map, reporting keys outside `allowed` (typos lose data silently otherwise). */
  map(node: YamlNode, what: string, allowed: readonly string[], fallback?: YamlNode): Map<string, { key: Node; value: YamlNode }> | null {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return null;
    if (!isMap(node)) {
      this.error(node, `${what} must be a mapping of keys to values`, fallback);
      return null;
    }
    const out = new Map<string, { key: Node; value: YamlNode }>();
    for (const pair of node.items) {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value) : '';
      if (!allowed.includes(name)) {
        this.error(key, `unknown key "${name}" in ${what} (expected ${allowed.join(', ')})`);
        continue;
      }
      out.set(name, { key, value: pair.value as YamlNode });
    }
    return out;
  }

  /** Returns the items of a list; a missing list is empty. */
  list(node: YamlNode, what: string, fallback?: YamlNode): YamlNode[] {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) {
      this.error(node, `${what} must be a list`, fallback);
      return [];
    }
    return node.items as YamlNode[];
  }

  /** Returns a scalar as the text written in the file ("0.80" stays "0.80"), or null when absent. */
  string(node: YamlNode, what: string, fallback?: YamlNode): string | null {
    if (node === null || node === undefined) return null;
    if (!isScalar(node)) {
      this.error(node, `${what} must be text`, fallback);
      return null;
    }
    if (node.value === null) return null;
    if (typeof node.value === 'string') return node.value;
    return this.sourceOf(node) ?? String(node.value);
  }

  /** Returns a required scalar, reporting its absence at `fallback`. */
  required(node: YamlNode, what: string, fallback: YamlNode): string | null {
    const value = this.string(node, what, fallback);
    if (value === null || value.trim() === '') {
      this.error(node, `${what} is missing`, fallback);
      return null;
    }
    return value;
  }

  /** Returns an integer scalar or null, reporting anything else. */
  integer(node: YamlNode, what: string): number | null {
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return null;
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value)) return node.value;
    this.error(node, `${what} must be a whole number`);
    return null;
  }

  /** Returns a boolean scalar or null. */
  boolean(node: YamlNode, what: string): boolean | null {
    if (node === null || node === undefined) return null;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.error(node, `${what} must be true or false`);
    return null;
  }

  private sourceOf(node: Scalar): string | null {
    const range = node.range;
    if (!range || node.type !== 'PLAIN') return null;
    return this.source.text.slice(range[0], range[1]).trim();
  }
}

/** Returns true when the node is a YAML mapping. */
export function isYamlMap(node: YamlNode): boolean {
  return node !== null && node !== undefined && isMap(node);
}
