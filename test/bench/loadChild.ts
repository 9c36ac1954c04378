// One cold load of a built dist/extension.js in plain Node, with a stand-in `vscode` module: times require()
// (module evaluation) and activate() apart and prints them as JSON. Run by loadTiming.ts, once per process,
// so every run starts with an empty module cache.
import * as fs from 'fs';
import * as path from 'path';
import Module from 'module';

/** Anything: callable, constructible, every property another stand-in; enough for registering and wiring. */
function anything(): unknown {
  const target = function () {};
  return new Proxy(target, {
    get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : anything()),
    apply: () => anything(),
    construct: () => anything() as object,
  });
}

class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  constructor(private readonly done: () => unknown) {}
  dispose(): void {
    this.done();
  }
}

class EventEmitter<T> {
  private listeners: ((e: T) => unknown)[] = [];
  readonly event = (listener: (e: T) => unknown) => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(e: T): void {
    for (const l of this.listeners) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Uri {
  static parse(text: string): Uri {
    const m = /^([a-z-]+):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(text);
    return new Uri(m?.[1] ?? 'file', m?.[2] ?? '', m?.[3] ?? text, m?.[4] ?? '', m?.[5] ?? '');
  }
  static file(path: string): Uri {
    return new Uri('file', '', path, '', '');
  }
  static from(c: { scheme: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(c.scheme, c.authority ?? '', c.path ?? '', c.query ?? '', c.fragment ?? '');
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return base.with({ path: [base.path, ...parts].join('/') });
  }
  constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}
  get fsPath(): string {
    return this.path;
  }
  with(c: Partial<Pick<Uri, 'scheme' | 'authority' | 'path' | 'query' | 'fragment'>>): Uri {
    return new Uri(
      c.scheme ?? this.scheme,
      c.authority ?? this.authority,
      c.path ?? this.path,
      c.query ?? this.query,
      c.fragment ?? this.fragment,
    );
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

class Plain {
  constructor(...args: unknown[]) {
    Object.assign(this, { args });
  }
}

function format(message: string, ...args: unknown[]): string {
  const values = (args.length === 1 && typeof args[0] === 'object' ? args[0] : args) as Record<string, unknown>;
  return message.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

const vscode: Record<string, unknown> = {
  Disposable,
  EventEmitter,
  Uri,
  TreeItem: Plain,
  ThemeIcon: Object.assign(class extends Plain {}, { File: {}, Folder: {} }),
  ThemeColor: Plain,
  MarkdownString: Plain,
  Range: Plain,
  Position: Plain,
  Hover: Plain,
  l10n: {
    bundle: undefined,
    uri: undefined,
    t: (m: string | { message: string }, ...args: unknown[]) => format(typeof m === 'string' ? m : m.message, ...args),
  },
};
// The bundle copies the module's own properties once (esbuild's ESM interop): every name the API declares is one.
const declared = fs.readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [process.cwd(), __dirname] }), 'utf8');
for (const [, name] of declared.matchAll(/^\texport (?:class|enum|namespace|const|let|function) (\w+)/gm)) vscode[name] ??= anything();

function memento(): unknown {
  const values = new Map<string, unknown>();
  return {
    get: (key: string, fallback?: unknown) => (values.has(key) ? values.get(key) : fallback),
    update: async (key: string, value: unknown) => void values.set(key, value),
    keys: () => [...values.keys()],
    setKeysForSync: () => undefined,
  };
}

function context(): unknown {
  return {
    subscriptions: [] as unknown[],
    globalState: memento(),
    workspaceState: memento(),
    secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined, onDidChange: anything() },
    extensionUri: Uri.file(process.cwd()),
    extensionPath: process.cwd(),
    storageUri: undefined,
    globalStorageUri: Uri.file('/tmp'),
    logUri: Uri.file('/tmp'),
    extensionMode: 1,
    extension: anything(),
  };
}

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve; _cache: Record<string, unknown> };
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
loader._cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const file = process.argv[2];
const t0 = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle under test, by path
const extension = require(file) as { activate(c: unknown): unknown };
const t1 = performance.now();
extension.activate(context());
const t2 = performance.now();
// The bundles activation loaded (dist/fetch.js, query.js and demo.js wait for their first use).
const loaded = Object.keys(loader._cache)
  .filter((k) => path.dirname(k) === path.dirname(file))
  .map((k) => path.basename(k));
process.stdout.write(JSON.stringify({ requireMs: t1 - t0, activateMs: t2 - t1, loaded }) + '\n');
process.exit(0);
