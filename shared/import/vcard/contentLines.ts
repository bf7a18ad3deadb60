/** One property of a vCard: `item1.EMAIL;TYPE=work:ana@example.com`. */
export interface VCardProperty {
  /** Apple ties a property to its custom label with a group name ("item1"); lower case. */
  group: string;
  /** Upper case: "EMAIL", "X-SOCIALPROFILE". */
  name: string;
  /** Parameter names in upper case; TYPE values in lower case. vCard 2.1's bare "WORK" is a TYPE. */
  params: Map<string, string[]>;
  /** The value after quoted-printable or base64 decoding, still escaped. */
  value: string;
  /** The line the property starts on, 1-based. */
  line: number;
}

export interface LogicalLine {
  text: string;
  line: number;
}

const quotedPrintableParam = /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i;

/**
 * Joins folded lines: a line starting with a space or tab continues the one before
 * (RFC 6350), and in vCard 2.1 a quoted-printable value ending in "=" continues on the next line.
 * Whether a property is quoted-printable is decided once, from its first line, and the pieces
 * are joined once at the end, so a value folded over thousands of lines is read in linear time.
 */
export function unfoldLines(text: string): LogicalLine[] {
  const physical = text.split(/\r\r\n|\r\n|\r|\n/);
  const logical: { pieces: string[]; line: number }[] = [];
  for (let index = 0; index < physical.length; index += 1) {
    const line = physical[index] ?? '';
    const previous = logical[logical.length - 1];
    if (previous && (line.startsWith(' ') || line.startsWith('\t'))) {
      previous.pieces.push(line.slice(1));
      continue;
    }
    const current = { pieces: [line], line: index + 1 };
    let last = line;
    if (quotedPrintableParam.test(line)) {
      while (last.endsWith('=') && index + 1 < physical.length) {
        index += 1;
        const pieces = current.pieces;
        pieces[pieces.length - 1] = last.slice(0, -1);
        last = (physical[index] ?? '').replace(/^[ \t]/, '');
        pieces.push(last);
      }
    }
    logical.push(current);
  }
  return logical.map(({ pieces, line }) => ({ text: pieces.join(''), line }));
}

const bareEncodings = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits a logical line into group, name, parameters and value; null when it is no property. */
export function parseContentLine(logical: LogicalLine): VCardProperty | null {
  const { text } = logical;
  const colon = indexOutsideQuotes(text, ':');
  if (colon <= 0) return null;
  const head = splitOutsideQuotes(text.slice(0, colon), ';');
  const qualified = head[0]?.trim() ?? '';
  const dot = qualified.lastIndexOf('.');
  const name = qualified.slice(dot + 1).toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values]);
  for (const param of head.slice(1)) {
    const equals = param.indexOf('=');
    if (equals === -1) {
      const bare = param.trim().toUpperCase();
      add(bareEncodings.has(bare) ? 'ENCODING' : 'TYPE', [
        bareEncodings.has(bare) ? bare : bare.toLowerCase(),
      ]);
      continue;
    }
    const key = param.slice(0, equals).trim().toUpperCase();
    const values = splitOutsideQuotes(param.slice(equals + 1), ',').map((value) =>
      value.trim().replace(/^"(.*)"$/, '$1'),
    );
    // TYPE="work,voice" (vCard 4.0) lists types inside one quoted value.
    add(key, key === 'TYPE' ? values.flatMap((value) => value.toLowerCase().split(',')) : values);
  }
  return {
    group: dot === -1 ? '' : qualified.slice(0, dot).toLowerCase(),
    name,
    params,
    value: decodeValue(text.slice(colon + 1), params),
    line: logical.line,
  };
}

function decodeValue(raw: string, params: Map<string, string[]>): string {
  const encoding = (params.get('ENCODING')?.[0] ?? '').toUpperCase();
  const charset = params.get('CHARSET')?.[0] ?? 'utf-8';
  if (encoding === 'QUOTED-PRINTABLE') return decodeBytes(quotedPrintableBytes(raw), charset);
  if (encoding === 'B' || encoding === 'BASE64') {
    try {
      return decodeBytes(
        Uint8Array.from(atob(raw.replace(/\s+/g, '')), (char) => char.charCodeAt(0)),
        charset,
      );
    } catch {
      return '';
    }
  }
  return raw;
}

function quotedPrintableBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const hex = text.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else if (char.charCodeAt(0) < 128) {
      bytes.push(char.charCodeAt(0));
    } else {
      bytes.push(...encoder.encode(char));
    }
  }
  return Uint8Array.from(bytes);
}

function decodeBytes(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function indexOutsideQuotes(text: string, char: string): number {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '"') quoted = !quoted;
    else if (text[index] === char && !quoted) return index;
  }
  return -1;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '"') quoted = !quoted;
    else if (text[index] === separator && !quoted) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Splits a value at unescaped separators (";" between components, "," between list items) and unescapes each part. */
export function splitValue(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    if (char === '\\' && index + 1 < value.length) {
      current += char + value[index + 1];
      index += 1;
    } else if (char === separator) {
      parts.push(unescapeText(current));
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(unescapeText(current));
  return parts;
}

/**
 * A structured value's components (split at unescaped ";"), each with its list items (split at
 * unescaped ","): `Doe;John;Richter,James` gives [["Doe"], ["John"], ["Richter", "James"]],
 * while an escaped comma (`Richter\, James`) stays inside its item.
 */
export function splitComponents(value: string): string[][] {
  const components: string[] = [];
  let start = 0;
  for (let index = 0; index < value.length; index += 1) {
    if (value[index] === '\\') index += 1;
    else if (value[index] === ';') {
      components.push(value.slice(start, index));
      start = index + 1;
    }
  }
  components.push(value.slice(start));
  return components.map((component) => splitValue(component, ','));
}

export function unescapeText(text: string): string {
  return text.replace(/\\([nN,;:\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}
