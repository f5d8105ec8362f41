/**
 * The part of VS Code's snippet syntax the genre texts use, parsed into a tree so that tab stops can
 * be renumbered when pieces are joined, and a snippet can be expanded the way VS Code would expand it
 * with every tab stop left at its default (for tests, previews and plain-text insertion).
 *
 *   $1  ${1}  ${1:default}  ${1|one,two|}  $NAME  ${NAME}  ${NAME:default}  ${NAME/regex/format/flags}
 *
 * Escapes: `\$`, `\}` and `\\` in text; `\,` and `\|` in choices.
 */

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[]; choices?: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[]; transform?: { regex: string; format: string; flags: string } };

class Reader {
  pos = 0;
  constructor(readonly s: string) {}
  peek(n = 0): string {
    return this.s[this.pos + n] ?? '';
  }
  eof(): boolean {
    return this.pos >= this.s.length;
  }
}

/** Parses snippet text. Anything that is not valid syntax is kept as literal text, as VS Code does. */
export function parseSnippet(source: string): SnippetNode[] {
  return parseSequence(new Reader(source), false);
}

function pushText(nodes: SnippetNode[], value: string): void {
  const last = nodes[nodes.length - 1];
  if (last?.kind === 'text') last.value += value;
  else nodes.push({ kind: 'text', value });
}

function parseSequence(r: Reader, nested: boolean): SnippetNode[] {
  const nodes: SnippetNode[] = [];
  while (!r.eof()) {
    const ch = r.peek();
    if (ch === '\\' && '$}\\'.includes(r.peek(1)) && r.peek(1) !== '') {
      pushText(nodes, r.peek(1));
      r.pos += 2;
    } else if (ch === '}' && nested) {
      return nodes;
    } else if (ch === '$') {
      const start = r.pos;
      const node = parseDollar(r);
      if (node) nodes.push(node);
      else {
        r.pos = start + 1;
        pushText(nodes, '$');
      }
    } else {
      pushText(nodes, ch);
      r.pos++;
    }
  }
  return nodes;
}

function parseDollar(r: Reader): SnippetNode | undefined {
  r.pos++; // $
  const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(r.s.slice(r.pos));
  if (simple) {
    r.pos += simple[0].length;
    return /^\d/.test(simple[0]) ? { kind: 'tabstop', index: Number(simple[0]), children: [] } : { kind: 'variable', name: simple[0] };
  }
  if (r.peek() !== '{') return undefined;
  r.pos++;
  const head = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(r.s.slice(r.pos));
  if (!head) return undefined;
  r.pos += head[0].length;
  const isTabstop = /^\d/.test(head[0]);
  const next = r.peek();
  if (next === '}') {
    r.pos++;
    return isTabstop ? { kind: 'tabstop', index: Number(head[0]), children: [] } : { kind: 'variable', name: head[0] };
  }
  if (next === ':') {
    r.pos++;
    const children = parseSequence(r, true);
    if (r.peek() !== '}') return undefined;
    r.pos++;
    return isTabstop ? { kind: 'tabstop', index: Number(head[0]), children } : { kind: 'variable', name: head[0], children };
  }
  if (next === '|' && isTabstop) {
    r.pos++;
    const choices: string[] = [];
    let cur = '';
    while (!r.eof()) {
      const c = r.peek();
      if (c === '\\' && ',|\\'.includes(r.peek(1)) && r.peek(1) !== '') {
        cur += r.peek(1);
        r.pos += 2;
      } else if (c === ',') {
        choices.push(cur);
        cur = '';
        r.pos++;
      } else if (c === '|' && r.peek(1) === '}') {
        choices.push(cur);
        r.pos += 2;
        return { kind: 'tabstop', index: Number(head[0]), children: [], choices };
      } else {
        cur += c;
        r.pos++;
      }
    }
    return undefined;
  }
  if (next === '/' && !isTabstop) {
    r.pos++;
    const parts: string[] = [];
    let cur = '';
    while (!r.eof() && parts.length < 2) {
      const c = r.peek();
      if (c === '\\' && r.peek(1) === '/') {
        cur += '\\/';
        r.pos += 2;
      } else if (c === '/') {
        parts.push(cur);
        cur = '';
        r.pos++;
      } else {
        cur += c;
        r.pos++;
      }
    }
    const flags = /^[a-z]*/.exec(r.s.slice(r.pos))![0];
    r.pos += flags.length;
    if (parts.length < 2 || r.peek() !== '}') return undefined;
    r.pos++;
    return { kind: 'variable', name: head[0], transform: { regex: parts[0], format: parts[1], flags } };
  }
  return undefined;
}

const escapeText = (s: string) => s.replace(/[\\$}]/g, (c) => '\\' + c);
const escapeChoice = (s: string) => s.replace(/[\\,|]/g, (c) => '\\' + c);

/** Writes a tree back as snippet text. */
export function formatSnippet(nodes: readonly SnippetNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += escapeText(n.value);
    else if (n.kind === 'tabstop') {
      if (n.choices) out += `\${${n.index}|${n.choices.map(escapeChoice).join(',')}|}`;
      else if (n.children.length) out += `\${${n.index}:${formatSnippet(n.children)}}`;
      else out += `\${${n.index}}`;
    } else if (n.transform) out += `\${${n.name}/${n.transform.regex}/${n.transform.format}/${n.transform.flags}}`;
    else if (n.children) out += `\${${n.name}:${formatSnippet(n.children)}}`;
    else out += `\${${n.name}}`;
  }
  return out;
}

function walk(nodes: readonly SnippetNode[], visit: (n: SnippetNode) => void): void {
  for (const n of nodes) {
    visit(n);
    if (n.kind === 'tabstop') walk(n.children, visit);
    else if (n.kind === 'variable' && n.children) walk(n.children, visit);
  }
}

/** The highest tab stop number in a snippet (0 when it has none but $0). */
export function maxTabStop(source: string): number {
  let max = 0;
  walk(parseSnippet(source), (n) => {
    if (n.kind === 'tabstop') max = Math.max(max, n.index);
  });
  return max;
}

/** Adds `by` to every tab stop number except the final `$0`. */
export function shiftTabStops(source: string, by: number): string {
  if (by === 0) return source;
  const nodes = parseSnippet(source);
  walk(nodes, (n) => {
    if (n.kind === 'tabstop' && n.index > 0) n.index += by;
  });
  return formatSnippet(nodes);
}

/** Escapes plain text for use inside a snippet. */
export function escapeSnippetText(s: string): string {
  return escapeText(s);
}

/** The variables VS Code offers for dates, for a given day. */
export function dateVariables(date: Date): Record<string, string> {
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    CURRENT_YEAR: String(date.getFullYear()),
    CURRENT_YEAR_SHORT: String(date.getFullYear()).slice(-2),
    CURRENT_MONTH: pad(date.getMonth() + 1),
    CURRENT_DATE: pad(date.getDate()),
  };
}

export interface ExpandedStop {
  index: number;
  /** The expansion's range in the output text. */
  start: number;
  end: number;
  /** A choice (its default is its first option). */
  choice: boolean;
  /** The default contains a variable (such as today's date) rather than a blank to fill. */
  variable: boolean;
}

export interface Expansion {
  text: string;
  /** Every tab stop occurrence, outermost first. */
  stops: ExpandedStop[];
}

function applyFormat(format: string, m: RegExpExecArray): string {
  return format.replace(/\$(\d+)|\$\{(\d+)\}/g, (_s, a: string | undefined, b: string | undefined) => m[Number(a ?? b)] ?? '');
}

/**
 * The text VS Code inserts when every tab stop keeps its default: placeholders their text, choices
 * their first option, variables their value from `variables` (unknown ones their default, else empty).
 */
export function expandSnippet(source: string, variables: Record<string, string> = {}): Expansion {
  const stops: ExpandedStop[] = [];
  let text = '';
  let hasVariable = false;
  const emit = (nodes: readonly SnippetNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'text') text += n.value;
      else if (n.kind === 'tabstop') {
        const stop: ExpandedStop = { index: n.index, start: text.length, end: text.length, choice: !!n.choices, variable: false };
        stops.push(stop);
        const outer = hasVariable;
        hasVariable = false;
        if (n.choices) text += n.choices[0] ?? '';
        else emit(n.children);
        stop.end = text.length;
        stop.variable = hasVariable;
        hasVariable = outer || hasVariable;
      } else {
        hasVariable = true;
        const value = variables[n.name];
        if (value === undefined) {
          if (n.children) emit(n.children);
        } else if (n.transform) {
          const flags = n.transform.flags.replace(/[^gimsuy]/g, '');
          const re = new RegExp(n.transform.regex, flags);
          text += value.replace(re, (...args: unknown[]) => {
            const groups = args.slice(0, -2).map((g) => (typeof g === 'string' ? g : undefined));
            const m = Object.assign([...groups], { index: 0, input: value }) as unknown as RegExpExecArray;
            return applyFormat(n.transform!.format, m);
          });
        } else text += value;
      }
    }
  };
  emit(parseSnippet(source));
  return { text, stops };
}
