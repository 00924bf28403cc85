// Compiles lexicon patterns (syntax on PatternLexicon) into regular-expression source over normalised text.
// Internal: not exported from the package.
//
// Normalised text is tokens joined by single spaces, with "," for a soft break and "." for a hard break. A
// compiled pattern matches whole tokens: between two items it allows one space plus any soft breaks, so
// "fine i give up" matches "fine , i give up". Gaps match whole tokens too and never cross a ".".

/** A problem in one pattern, in plain words. */
export class PatternSyntaxError extends Error {
  override readonly name = 'PatternSyntaxError';
}

/** What the compiler needs from its lexicon: the word classes and how a typed word normalises. */
export type PatternContext = {
  /** Compiled source of each word class, already wrapped as a non-capturing group. */
  readonly classes: ReadonlyMap<string, string>;
  /** The normalised words of a literal typed in a pattern (possibly none, for punctuation). */
  readonly normalizeLiteral: (literal: string) => readonly string[];
  /** Most words a `...` gap may skip. */
  readonly gapWords: number;
};

type Node =
  | { type: 'words'; words: readonly string[] }
  | { type: 'class'; name: string }
  | { type: 'group'; alternatives: Item[][] }
  | { type: 'gap' }
  | { type: 'start' }
  | { type: 'end' };
type Item = { node: Node; optional: boolean };

type Lexeme =
  | { type: '(' | ')' | '|' | '?' | '...' | '^' | '$' }
  | { type: 'class'; name: string }
  | { type: 'literal'; text: string };

const SPECIALS = new Set(['(', ')', '|', '?', '{', '}', '^', '$']);
const MAX_GAPS = 3;

// Between two items: one space, then any number of soft-break tokens each followed by a space.
const SEP = ' (?:, )*';
const START = '(?<=^|[.,] )';
const END = '(?= ,| \\.|$)';

function lex(source: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
    } else if (source.startsWith('...', i)) {
      out.push({ type: '...' });
      i += 3;
    } else if (ch === '{') {
      const close = source.indexOf('}', i);
      if (close < 0) throw new PatternSyntaxError('a "{" has no matching "}"');
      const name = source.slice(i + 1, close).trim();
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new PatternSyntaxError(`"{${name}}" is not a word class name`);
      out.push({ type: 'class', name });
      i = close + 1;
    } else if (ch === '}') {
      throw new PatternSyntaxError('a "}" has no matching "{"');
    } else if (SPECIALS.has(ch)) {
      out.push({ type: ch as '(' | ')' | '|' | '?' | '^' | '$' });
      i += 1;
    } else {
      let j = i;
      while (
        j < source.length &&
        !/\s/.test(source[j] ?? '') &&
        !SPECIALS.has(source[j] ?? '') &&
        !source.startsWith('...', j)
      )
        j += 1;
      out.push({ type: 'literal', text: source.slice(i, j) });
      i = j;
    }
  }
  return out;
}

class Parser {
  private index = 0;
  constructor(
    private readonly lexemes: readonly Lexeme[],
    private readonly context: PatternContext,
    private readonly allowClasses: boolean,
  ) {}

  parse(): Item[] {
    const sequence = this.sequence(0);
    if (this.index < this.lexemes.length) throw new PatternSyntaxError('a ")" or "|" stands outside any group');
    return sequence;
  }

  private sequence(depth: number): Item[] {
    const items: Item[] = [];
    while (this.index < this.lexemes.length) {
      const lexeme = this.lexemes[this.index];
      if (lexeme === undefined || lexeme.type === ')' || lexeme.type === '|') break;
      this.index += 1;
      let node: Node | null;
      switch (lexeme.type) {
        case '(':
          node = this.group(depth + 1);
          break;
        case '?':
          throw new PatternSyntaxError('a "?" must follow a word, a class or a group');
        case '...':
          node = { type: 'gap' };
          break;
        case '^':
          node = { type: 'start' };
          break;
        case '$':
          node = { type: 'end' };
          break;
        case 'class':
          if (!this.allowClasses)
            throw new PatternSyntaxError(`a word class entry cannot use another class ("{${lexeme.name}}")`);
          if (!this.context.classes.has(lexeme.name))
            throw new PatternSyntaxError(`the word class "{${lexeme.name}}" is not defined in words`);
          node = { type: 'class', name: lexeme.name };
          break;
        case 'literal': {
          const words = this.context.normalizeLiteral(lexeme.text);
          node = words.length === 0 ? null : { type: 'words', words };
          break;
        }
      }
      let optional = false;
      if (this.lexemes[this.index]?.type === '?') {
        if (node === null || node.type === 'gap' || node.type === 'start' || node.type === 'end') {
          throw new PatternSyntaxError('a "?" must follow a word, a class or a group');
        }
        optional = true;
        this.index += 1;
      }
      if (node !== null) items.push({ node, optional });
    }
    return items;
  }

  private group(depth: number): Node {
    if (depth > 8) throw new PatternSyntaxError('groups are nested too deeply');
    const alternatives: Item[][] = [this.sequence(depth)];
    while (this.lexemes[this.index]?.type === '|') {
      this.index += 1;
      alternatives.push(this.sequence(depth));
    }
    if (this.lexemes[this.index]?.type !== ')') throw new PatternSyntaxError('a "(" has no matching ")"');
    this.index += 1;
    return { type: 'group', alternatives };
  }
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

class Renderer {
  gaps = 0;
  constructor(private readonly context: PatternContext) {}

  node(node: Node): string {
    switch (node.type) {
      case 'words':
        return node.words.map(escapeWord).join(SEP);
      case 'class':
        return this.context.classes.get(node.name) ?? '';
      case 'group':
        return `(?:${node.alternatives.map((alternative) => this.sequence(alternative, false)).join('|')})`;
      default:
        throw new PatternSyntaxError(
          `"${node.type === 'gap' ? '...' : node.type === 'start' ? '^' : '$'}" cannot stand here`,
        );
    }
  }

  /** Renders a sequence; `top` allows `^` first and `$` last. */
  sequence(items: readonly Item[], top: boolean): string {
    let out = '';
    let started = false;
    // A gap is written out before the next item; it must be followed, sooner or later, by a required item.
    let gapOpen = false;
    let gapWritten = false;
    const writeGap = (): void => {
      if (gapOpen && !gapWritten) {
        out += `(?: [^ .]+){0,${this.context.gapWords}}`;
        gapWritten = true;
      }
    };
    items.forEach((item, index) => {
      const { node } = item;
      if (node.type === 'start') {
        if (!top || index !== 0) throw new PatternSyntaxError('"^" may only start a pattern');
        out += START;
        return;
      }
      if (node.type === 'end') {
        if (!top || index !== items.length - 1) throw new PatternSyntaxError('"$" may only end a pattern');
        if (!started) throw new PatternSyntaxError('"$" needs words before it');
        if (gapOpen) throw new PatternSyntaxError('a gap "..." needs words after it');
        out += END;
        return;
      }
      if (node.type === 'gap') {
        if (!started) throw new PatternSyntaxError('a gap "..." needs words before it');
        if (gapOpen) throw new PatternSyntaxError('two gaps "..." cannot follow each other');
        this.gaps += 1;
        if (this.gaps > MAX_GAPS) throw new PatternSyntaxError(`a pattern may use at most ${MAX_GAPS} gaps "..."`);
        gapOpen = true;
        gapWritten = false;
        return;
      }
      const source = this.node(node);
      writeGap();
      if (item.optional) {
        out += started ? `(?:${SEP}${source})?` : `(?:${source}${SEP})?`;
        return;
      }
      if (started) out += SEP;
      out += source;
      started = true;
      gapOpen = false;
    });
    if (gapOpen) throw new PatternSyntaxError('a gap "..." needs words after it');
    // A pattern that could match nothing would loop forever and flag everything.
    if (!started) throw new PatternSyntaxError('needs at least one word that is not optional');
    return out;
  }
}

/**
 * Compiles one pattern to regular-expression source (non-capturing, without outer word guards).
 * Throws {@link PatternSyntaxError} with a plain-words message when the pattern is malformed.
 */
export function compilePattern(source: string, context: PatternContext): string {
  const items = new Parser(lex(source), context, true).parse();
  return new Renderer(context).sequence(items, true);
}

/** Compiles the entries of one word class to a single non-capturing alternation, longest entries first. */
export function compileWordClass(entries: readonly string[], context: PatternContext): string {
  const renderer = new Renderer(context);
  const sources = entries.map((entry) => renderer.sequence(new Parser(lex(entry), context, false).parse(), false));
  const unique = [...new Set(sources)].sort((x, y) => y.length - x.length);
  return `(?:${unique.join('|')})`;
}

/** Wraps compiled alternatives so they match whole tokens only. */
export function wholeTokens(source: string): string {
  return `(?<![^ ])(?:${source})(?![^ ])`;
}
