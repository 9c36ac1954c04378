// Keeps a window's sign-in in step with the one stored sign-in value that every window shares. No vscode
// import and no timers: after every change event, and after each of this window's own writes, it reads
// the stored value and compares it with the value it holds; only a difference is adopted.

/** The stored sign-in: one value, written whole (undefined: none). */
export interface StoredValue {
  read(): Promise<string | undefined>;
  write(value: string | undefined): Promise<void>;
}

const UNKNOWN = Symbol('not read yet');

export class SignInSync {
  private held: string | undefined | typeof UNKNOWN = UNKNOWN;
  /** This window's writes not yet landed: until they have, a read may show an older value. */
  private writing = 0;
  /** Reads started so far; only the newest one may adopt what it read. */
  private reads = 0;

  constructor(
    private readonly store: StoredValue,
    /** Called with a stored value that differs from the one held (the first read always differs). */
    private readonly adopt: (value: string | undefined) => void,
  ) {}

  /** The value this window holds, once known. */
  get value(): string | undefined {
    return this.held === UNKNOWN ? undefined : this.held;
  }

  /** This window's own change: held at once, then written; afterwards the store is read again. */
  async write(value: string | undefined): Promise<void> {
    this.held = value;
    this.writing++;
    try {
      await this.store.write(value);
    } finally {
      this.writing--;
    }
    // Another window may have written after us, and its change event arrived while ours was in flight.
    await this.compare();
  }

  /** The stored value may have changed (a change event, or the first look at startup). */
  changed(): Promise<void> {
    return this.compare();
  }

  private async compare(): Promise<void> {
    if (this.writing > 0) return; // checked again once the write has landed
    const read = ++this.reads;
    const stored = await this.store.read();
    // A newer read, or a write of ours, has started since: this result may be stale.
    if (read !== this.reads || this.writing > 0) return;
    if (stored === this.held) return;
    this.held = stored;
    this.adopt(stored);
  }
}
