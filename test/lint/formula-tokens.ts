// A small tokenizer for en-US spreadsheet formulas, enough for the modelling
// lint: it tells numbers typed in a formula from the digits of a cell
// reference, a sheet name, a string or a function name such as LOG10.
export type TokenKind =
  | 'string' | 'number' | 'bool' | 'error' | 'sheet' | 'ref' | 'column-range' | 'row-range'
  | 'function' | 'name' | 'structured' | 'op' | 'space';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

/** A formula the tokenizer cannot read (an unclosed string, an unknown character). */
export class FormulaSyntaxError extends Error {
  override readonly name = 'FormulaSyntaxError';
}

// Order matters: a sheet prefix before a name, a reference before a function or a name.
const PATTERNS: readonly (readonly [TokenKind, RegExp])[] = [
  ['space', /^\s+/],
  ['error', /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA)/i],
  ['sheet', /^[\p{L}_][\p{L}\p{N}_.]*!/u],
  ['ref', /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![\p{L}\p{N}_.(])/iu],
  ['column-range', /^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![\p{L}\p{N}_.(])/iu],
  ['row-range', /^\$?\d+:\$?\d+(?![\p{L}\p{N}_.])/u],
  ['number', /^(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/i],
  ['function', /^[\p{L}_][\p{L}\p{N}_.]*(?=\s*\()/u],
  ['name', /^[\p{L}_\\][\p{L}\p{N}_.]*/u],
  ['op', /^(?:<=|>=|<>|[-+*/^&=<>%:,;(){}])/],
];

/** The tokens of a formula (with or without its leading `=`). */
export function tokenizeFormula(formula: string): Token[] {
  const tokens: Token[] = [];
  let rest = formula.startsWith('=') ? formula.slice(1) : formula;
  while (rest.length > 0) {
    const [token, length] = nextToken(rest);
    tokens.push(token);
    rest = rest.slice(length);
  }
  return tokens;
}

function nextToken(rest: string): [Token, number] {
  if (rest[0] === '"') {
    const match = /^"(?:[^"]|"")*"/.exec(rest);
    if (!match) throw new FormulaSyntaxError(`Unclosed string in ${rest}`);
    return [{ kind: 'string', text: match[0] }, match[0].length];
  }
  if (rest[0] === "'") {
    const match = /^'(?:[^']|'')+'!/.exec(rest);
    if (!match) throw new FormulaSyntaxError(`Unclosed sheet name in ${rest}`);
    return [{ kind: 'sheet', text: match[0] }, match[0].length];
  }
  if (rest[0] === '[') {
    let depth = 0;
    for (let i = 0; i < rest.length; i += 1) {
      if (rest[i] === '[') depth += 1;
      if (rest[i] === ']') depth -= 1;
      if (depth === 0) return [{ kind: 'structured', text: rest.slice(0, i + 1) }, i + 1];
    }
    throw new FormulaSyntaxError(`Unclosed structured reference in ${rest}`);
  }
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(rest);
    if (!match) continue;
    const text = match[0];
    if (kind === 'name' && /^(TRUE|FALSE)$/i.test(text)) return [{ kind: 'bool', text }, text.length];
    return [{ kind, text }, text.length];
  }
  throw new FormulaSyntaxError(`Unexpected character ${JSON.stringify(rest[0])} in ${rest}`);
}
