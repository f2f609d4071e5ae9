// A forward-only reader of JSON bytes for the saved index: it reads the parts it needs as numbers and strings and
// skips the rest without building objects, where JSON.parse of a large lunr.Index makes millions of them.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

export class MalformedJson extends Error {}

/** A growable typed array. */
export class Column<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(public data: T) {}
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new (this.data.constructor as new (n: number) => T)(Math.max(1024, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

export class JsonScanner {
  pos = 0;

  constructor(private readonly bytes: Buffer) {}

  /** The next non-whitespace byte, not consumed; -1 at the end. */
  peek(): number {
    const { bytes } = this;
    let c = bytes[this.pos];
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++this.pos];
    return c ?? -1;
  }

  expect(byte: number): void {
    if (this.peek() !== byte) this.fail(`expected '${String.fromCharCode(byte)}'`);
    this.pos += 1;
  }

  /** Consumes `byte` when it comes next. */
  take(byte: number): boolean {
    if (this.peek() !== byte) return false;
    this.pos += 1;
    return true;
  }

  /** After an element of an array or object: true when another follows, false at the closing `close`. */
  more(close: number): boolean {
    if (this.take(0x2c)) return true;
    this.expect(close);
    return false;
  }

  string(): string {
    const start = this.stringStart();
    const end = this.stringEnd(start);
    const raw = this.bytes.toString('utf8', start, end);
    return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  }

  skipString(): void {
    this.stringEnd(this.stringStart());
  }

  number(): number {
    this.peek();
    const { bytes } = this;
    const start = this.pos;
    let at = start;
    const negative = bytes[at] === 0x2d;
    if (negative) at += 1;
    let value = 0;
    let digits = 0;
    let scale = 0;
    for (let c = bytes[at] ?? 0; c >= 0x30 && c <= 0x39; c = bytes[++at] ?? 0) {
      value = value * 10 + (c - 0x30);
      digits += 1;
    }
    if (bytes[at] === 0x2e) {
      for (let c = bytes[++at] ?? 0; c >= 0x30 && c <= 0x39; c = bytes[++at] ?? 0) {
        value = value * 10 + (c - 0x30);
        digits += 1;
        scale += 1;
      }
    }
    if (digits === 0) this.fail('expected a number');
    const c = bytes[at];
    if (c === 0x65 || c === 0x45 || digits > 15 || scale > 22) {
      // Outside the exact fast path: let the platform read it.
      while (at < bytes.length && /[-+.eE0-9]/.test(String.fromCharCode(bytes[at] as number))) at += 1;
      this.pos = at;
      const parsed = Number(bytes.toString('latin1', start, at));
      if (Number.isNaN(parsed)) this.fail('malformed number');
      return parsed;
    }
    this.pos = at;
    // Both integers are exact, so the quotient is the correctly rounded value, as Number() would read it.
    const result = scale === 0 ? value : value / (POW10[scale] as number);
    return negative ? -result : result;
  }

  /**
   * The number of members of an object, reading fast the members whose value is `{}` (Lunr's empty metadata) and
   * skipping any other value.
   */
  countMembers(): number {
    this.expect(0x7b);
    if (this.take(0x7d)) return 0;
    const { bytes } = this;
    let count = 0;
    for (;;) {
      count += 1;
      this.skipString();
      let at = this.pos;
      // `:{}` then `,` or `}`, with no whitespace, is how Lunr and saveIndex write it.
      if (bytes[at] === 0x3a && bytes[at + 1] === 0x7b && bytes[at + 2] === 0x7d) {
        at += 3;
        this.pos = at;
      } else {
        this.expect(0x3a);
        this.skipValue();
      }
      if (bytes[this.pos] === 0x2c) {
        this.pos += 1;
        continue;
      }
      if (!this.more(0x7d)) return count;
    }
  }

  /** Reads `[n, n, …]` of an even count into two columns, alternately. */
  numberPairs(first: Column<Int32Array>, second: Column<Float64Array>): void {
    this.expect(0x5b);
    if (this.take(0x5d)) return;
    do {
      first.push(this.number());
      this.expect(0x2c);
      second.push(this.number());
    } while (this.more(0x5d));
  }

  /**
   * A Lunr field ref, `"field/N"`, read without making a string: the field's place in `fields` and N, or null
   * when the string is not one of these with N a plain non-negative integer.
   */
  fieldRef(fields: readonly string[]): { field: number; ordinal: number } | null {
    const start = this.stringStart();
    const end = this.stringEnd(start);
    const { bytes } = this;
    const slash = bytes.indexOf(0x2f, start);
    if (slash < 0 || slash >= end || end - slash - 1 < 1 || end - slash - 1 > 15) return null;
    const field = fields.findIndex((name) => name.length === slash - start && bytes.toString('latin1', start, slash) === name);
    let ordinal = 0;
    for (let at = slash + 1; at < end; at++) {
      const c = bytes[at] as number;
      if (c < 0x30 || c > 0x39 || (at === slash + 1 && c === 0x30 && end - slash - 1 > 1)) return null;
      ordinal = ordinal * 10 + (c - 0x30);
    }
    return field < 0 ? null : { field, ordinal };
  }

  /** Skips any one JSON value. */
  skipValue(): void {
    const c = this.peek();
    if (c === QUOTE) return this.skipString();
    if (c === 0x7b || c === 0x5b) {
      const close = c === 0x7b ? 0x7d : 0x5d;
      this.pos += 1;
      if (this.take(close)) return;
      do {
        if (c === 0x7b) {
          this.skipString();
          this.expect(0x3a);
        }
        this.skipValue();
      } while (this.more(close));
      return;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      this.number();
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (this.bytes.toString('latin1', this.pos, this.pos + word.length) === word) {
        this.pos += word.length;
        return;
      }
    }
    this.fail('unexpected value');
  }

  fail(message: string): never {
    throw new MalformedJson(`${message} at byte ${this.pos}`);
  }

  private stringStart(): number {
    this.expect(QUOTE);
    return this.pos;
  }

  /** The offset of the closing quote of the string starting at `start`; leaves the position after it. */
  private stringEnd(start: number): number {
    let end = this.bytes.indexOf(QUOTE, start);
    for (;;) {
      if (end < 0) this.fail('unterminated string');
      let slashes = 0;
      while (this.bytes[end - 1 - slashes] === BACKSLASH) slashes += 1;
      if (slashes % 2 === 0) break;
      end = this.bytes.indexOf(QUOTE, end + 1);
    }
    this.pos = end + 1;
    return end;
  }
}
