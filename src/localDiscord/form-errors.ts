// Builds Discord's "Invalid Form Body" (50035) error tree, the shape discord.js turns into DiscordAPIError messages.
export type Json = Record<string, unknown>;

export interface DiscordError {
  status: number;
  body: { message: string; code: number; errors?: unknown };
}

export class ErrorTree {
  readonly root: Json = {};
  count = 0;
  /** Discord reports an empty message as its own error code rather than a form error. */
  emptyMessage = false;

  add(path: (string | number)[], code: string, message: string): void {
    let node = this.root;
    for (const key of path) node = (node[String(key)] ??= {}) as Json;
    ((node._errors ??= []) as unknown[]).push({ code, message });
    this.count++;
  }

  maxLength(path: (string | number)[], value: unknown, max: number): void {
    if (typeof value === 'string' && [...value].length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  required(path: (string | number)[], value: unknown): boolean {
    if (value === undefined || value === null || value === '') {
      this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return false;
    }
    return true;
  }

  result(): DiscordError | null {
    if (!this.count && this.emptyMessage) {
      return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
    }
    if (!this.count) return null;
    return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: this.root } };
  }
}

export const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const len = (v: unknown): number => (typeof v === 'string' ? [...v].length : 0);
