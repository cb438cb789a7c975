/**
 * Diagnostics: every problem the compiler finds, with the file it is in and, when known,
 * the line and column. The CLI prints one per line; the build fails on any error.
 */

export interface Diagnostic {
  /** the file the problem is in, as the user named it (e.g. "seeds/x.story.yaml") */
  path: string;
  /** 1-based line, when the problem has a position */
  line?: number;
  /** 1-based column, when the problem has a position */
  col?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Returns the diagnostic as one line: `path:line:col: message`, or `path: message` without a position. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.path : `${d.path}:${d.line}:${d.col ?? 1}`;
  const prefix = d.severity === 'warning' ? 'warning: ' : '';
  // One line per problem: newlines from library messages would break that contract.
  return `${where}: ${prefix}${d.message.replace(/\s*\n\s*/g, ' ')}`;
}

/** Returns an error diagnostic. */
export function errorAt(path: string, message: string, pos?: { line: number; col: number }): Diagnostic {
  return pos ? { path, line: pos.line, col: pos.col, message, severity: 'error' } : { path, message, severity: 'error' };
}

/** Returns a warning diagnostic. */
export function warningAt(path: string, message: string, pos?: { line: number; col: number }): Diagnostic {
  return pos ? { path, line: pos.line, col: pos.col, message, severity: 'warning' } : { path, message, severity: 'warning' };
}

/** Returns true when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Returns the 1-based line and column of a UTF-16 offset in a text. */
export function positionOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}
