/**
 * A bound on the backtracking work of an editor's pattern, read from its
 * structure (no timing: the same answer in the builder, on publish and in
 * the validator, at once).
 *
 * JavaScript's regular expressions backtrack, and the libraries that judge
 * that were measured and set aside: safe-regex2 (star height only) calls
 * `(a|a)*` and `\d*\d*\d*x` safe, which take 11 s on 26 characters and 0.7 s
 * on 500; redos-detector took 42 s to judge `(a|a)*`. This check is
 * conservative instead: it may refuse a pattern that would have been fine,
 * and says how to rewrite it.
 *
 * A pattern is refused when
 * - it has a backreference (`\1`, `\k<name>`: matching them is NP-hard);
 * - a group that can repeat (`(…)+`, `(…){2,5}`) holds an alternation or a
 *   quantifier of variable count: the way `(a+)+` and `(a|a)*` blow up;
 * - the product of the choices of its quantifiers (a quantifier from n to m
 *   chooses among m - n + 1 counts; an unbounded one among as many as the
 *   text has characters, at most 500) times its alternatives exceeds
 *   {@link MAX_BACKTRACKING}: this bounds the polynomial cases such as
 *   `\d*\d*\d*x`, while `[A-Z]{2}\d+` or `\d+-\d+` pass.
 */

/** The most steps a pattern may take on the longest text a field allows. */
export const MAX_BACKTRACKING = 1_000_000;
/** The longest short text (`shortTextFieldSchema.maxLength`): what an unbounded quantifier ranges over. */
const LONGEST_TEXT = 500;

export type PatternUnsafety = 'backreference' | 'nestedRepetition' | 'tooMuchBacktracking';

interface Quantifier {
  min: number;
  max: number;
}
interface Node {
  /** The alternatives of a group; `undefined` for a single character, class or anchor. */
  alternatives?: Node[][];
  quantifier?: Quantifier;
}

class Unsafe extends Error {
  constructor(readonly reason: PatternUnsafety) {
    super(reason);
  }
}

/** Reads a pattern that compiles with the `u` flag (checked before) into nodes. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    return alternatives;
  }

  private alternatives(): Node[][] {
    const alternatives: Node[][] = [[]];
    while (this.at < this.source.length && this.source[this.at] !== ')') {
      if (this.source[this.at] === '|') {
        this.at += 1;
        alternatives.push([]);
        continue;
      }
      const node = this.atom();
      node.quantifier = this.quantifier();
      alternatives[alternatives.length - 1]?.push(node);
    }
    return alternatives;
  }

  private atom(): Node {
    const char = this.source[this.at];
    if (char === '\\') {
      this.escape();
      return {};
    }
    if (char === '[') {
      this.at += 1;
      while (this.source[this.at] !== ']') {
        this.at += this.source[this.at] === '\\' ? 2 : 1;
      }
      this.at += 1;
      return {};
    }
    if (char === '(') {
      this.at += 1;
      const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.source.slice(this.at));
      this.at += prefix ? prefix[0].length : 0;
      const alternatives = this.alternatives();
      this.at += 1;
      return { alternatives };
    }
    this.at += char !== undefined && char.codePointAt(0)! > 0xffff ? 2 : 1;
    return {};
  }

  private escape(): void {
    const next = this.source[this.at + 1] ?? '';
    if (/[1-9]/.test(next) || next === 'k') {
      throw new Unsafe('backreference');
    }
    const braced = /^\\[pPu]\{[^}]*\}/.exec(this.source.slice(this.at));
    const fixed = /^\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z])/.exec(
      this.source.slice(this.at)
    );
    this.at += braced ? braced[0].length : fixed ? fixed[0].length : 2;
  }

  private quantifier(): Quantifier | undefined {
    const match = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(this.source.slice(this.at));
    if (!match) {
      return undefined;
    }
    this.at += match[0].length;
    if (match[1] !== undefined) {
      return {
        '*': { min: 0, max: Infinity },
        '+': { min: 1, max: Infinity },
        '?': { min: 0, max: 1 },
      }[match[1] as '*' | '+' | '?'];
    }
    const min = Number(match[2]);
    const max = match[3] === undefined ? min : match[4] === '' ? Infinity : Number(match[4]);
    return { min, max };
  }
}

const isVariable = (quantifier: Quantifier | undefined): boolean =>
  quantifier !== undefined && quantifier.max !== quantifier.min;

/** Whether any node under these alternatives has a variable quantifier or an alternation. */
const branches = (alternatives: Node[][]): boolean =>
  alternatives.length > 1 ||
  alternatives.some((sequence) =>
    sequence.some(
      (node) =>
        isVariable(node.quantifier) ||
        (node.alternatives !== undefined && branches(node.alternatives))
    )
  );

/** The bound on the steps of a sequence of nodes: the product of every node's choices. */
const costOf = (sequence: readonly Node[]): number =>
  sequence.reduce((product, node) => {
    if (
      node.alternatives !== undefined &&
      (node.quantifier?.max ?? 1) > 1 &&
      branches(node.alternatives)
    ) {
      throw new Unsafe('nestedRepetition');
    }
    const inner =
      node.alternatives === undefined
        ? 1
        : node.alternatives.reduce((sum, alternative) => sum + costOf(alternative), 0);
    const quantifier = node.quantifier ?? { min: 1, max: 1 };
    const choices =
      Math.min(quantifier.max, LONGEST_TEXT) - Math.min(quantifier.min, LONGEST_TEXT) + 1;
    return Math.min(product * inner * choices, Number.MAX_SAFE_INTEGER);
  }, 1);

/**
 * Why a pattern (valid with the `u` flag) could backtrack too long, or
 * `undefined` when its work is bounded by {@link MAX_BACKTRACKING}.
 */
export const patternUnsafety = (pattern: string): PatternUnsafety | undefined => {
  try {
    const alternatives = new Reader(pattern).parse();
    const cost = alternatives.reduce((sum, sequence) => sum + costOf(sequence), 0);
    return cost > MAX_BACKTRACKING ? 'tooMuchBacktracking' : undefined;
  } catch (error) {
    if (error instanceof Unsafe) {
      return error.reason;
    }
    throw error;
  }
};
