// The little a store needs from VS Code's Memento (globalState), so the stores run in plain Node too.

export interface KeyValueStorage {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** Runs read-modify-write steps one after another, so two quick adds never lose one. */
export class WriteQueue {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(step: () => Promise<T> | T): Promise<T> {
    const next = this.last.then(step, step);
    this.last = next.catch(() => undefined);
    return next;
  }
}

/** In-memory storage, e.g. for a session without globalState. */
export class MemoryStorage implements KeyValueStorage {
  private readonly values = new Map<string, unknown>();

  get<T>(key: string): T | undefined {
    const v = this.values.get(key);
    return v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as T);
  }

  update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
    return Promise.resolve();
  }
}
