// Lets tests await "something the stand-in recorded" without polling, and always give up with a useful message.
export class Changes {
  #waiters = new Set<{ check: () => void; fail: (error: Error) => void }>();
  #closed = false;

  notify(): void {
    for (const waiter of [...this.#waiters]) waiter.check();
  }

  /** Resolves with the first non-undefined result of `probe`, re-evaluated after every notify(). A thrown error rejects. */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            waiter.fail(error as Error);
            return;
          }
          if (value === undefined) return;
          cleanup();
          resolve(value);
        },
        fail: (error: Error) => {
          cleanup();
          reject(error);
        },
      };
      const cleanup = () => {
        if (timer) clearTimeout(timer);
        this.#waiters.delete(waiter);
      };
      if (this.#closed) {
        reject(new Error(`Discord stand-in is closed; was waiting for ${describe()}`));
        return;
      }
      this.#waiters.add(waiter);
      waiter.check();
      if (!this.#waiters.has(waiter)) return;
      timer = setTimeout(() => {
        waiter.fail(new Error(`Timed out after ${timeoutMs}ms waiting for ${describe()}`));
      }, timeoutMs);
    });
  }

  close(): void {
    this.#closed = true;
    for (const waiter of [...this.#waiters]) waiter.fail(new Error('Discord stand-in was closed while a test was waiting on it'));
  }
}
