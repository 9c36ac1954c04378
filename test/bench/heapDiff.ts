// Compares V8 heap snapshots (.heapsnapshot files) of one process: which kinds of objects (by constructor name)
// grew between two snapshots, by count and self size, and for the kinds that grew most, the chain of objects that
// holds their new members (the retainer path, nearest the object last). Node ids are stable between snapshots of
// one isolate, so "new" means an id the earlier snapshot did not have. Files of a few hundred MB are read as bytes:
// only the string table goes through JSON.parse.
import * as fs from 'fs';

export interface HeapSnapshot {
  nodeFields: number;
  types: string[];
  edgeTypes: string[];
  /** type, name, id, self_size, edge_count, … per node (nodeFields numbers each). */
  nodes: Float64Array;
  /** type, name_or_index, to_node (an index into nodes) per edge. */
  edges: Uint32Array;
  strings: string[];
  /** The index of each node's first edge in edges (divided by 3). */
  firstEdge: Uint32Array;
  at: { type: number; name: number; id: number; size: number; edges: number };
}

export interface KindGrowth {
  kind: string;
  count: number;
  bytes: number;
  /** The chains that hold most of this kind's new objects (root side first, nearest holder last), with how many. */
  retainers?: { path: string; count: number }[];
}

export interface HeapDiff {
  totalBytes: number;
  totalCount: number;
  kinds: KindGrowth[];
}

function numbers(buf: Buffer, from: number, out: Float64Array | Uint32Array): number {
  let i = buf.indexOf(0x5b /* [ */, from) + 1;
  let n = 0;
  let value = 0;
  let inNumber = false;
  for (; ; i++) {
    const c = buf[i];
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      inNumber = true;
    } else {
      if (inNumber) out[n++] = value;
      value = 0;
      inNumber = false;
      if (c === 0x5d /* ] */) return i;
    }
  }
}

export function readSnapshot(file: string): HeapSnapshot {
  const buf = fs.readFileSync(file);
  const nodesAt = buf.indexOf('"nodes":');
  const head = JSON.parse(buf.toString('utf8', 0, nodesAt).replace(/,\s*$/, '') + '}') as {
    snapshot: {
      meta: { node_fields: string[]; node_types: [string[]]; edge_types: [string[]]; edge_fields: string[] };
      node_count: number;
      edge_count: number;
    };
  };
  const { meta, node_count, edge_count } = head.snapshot;
  const F = meta.node_fields.length;
  const nodes = new Float64Array(node_count * F);
  const edges = new Uint32Array(edge_count * meta.edge_fields.length);
  const nodesEnd = numbers(buf, nodesAt, nodes);
  numbers(buf, buf.indexOf('"edges":', nodesEnd), edges);
  const stringsAt = buf.indexOf('"strings":', nodesEnd);
  const tail = buf.toString('utf8', buf.indexOf('[', stringsAt)).trimEnd();
  const strings = JSON.parse(tail.replace(/}\s*$/, '')) as string[];
  const at = {
    type: meta.node_fields.indexOf('type'),
    name: meta.node_fields.indexOf('name'),
    id: meta.node_fields.indexOf('id'),
    size: meta.node_fields.indexOf('self_size'),
    edges: meta.node_fields.indexOf('edge_count'),
  };
  const firstEdge = new Uint32Array(node_count + 1);
  for (let n = 0; n < node_count; n++) firstEdge[n + 1] = firstEdge[n] + nodes[n * F + at.edges];
  return { nodeFields: F, types: meta.node_types[0], edgeTypes: meta.edge_types[0], nodes, edges, strings, firstEdge, at };
}

const count = (s: HeapSnapshot) => s.nodes.length / s.nodeFields;
const field = (s: HeapSnapshot, n: number, f: number) => s.nodes[n * s.nodeFields + f];
const typeOf = (s: HeapSnapshot, n: number) => s.types[field(s, n, s.at.type)];
const nameOf = (s: HeapSnapshot, n: number) => s.strings[field(s, n, s.at.name)] ?? '';

function edgeName(s: HeapSnapshot, e: number): string {
  const type = s.edgeTypes[s.edges[e * 3]];
  const nameOrIndex = s.edges[e * 3 + 1];
  if (type === 'element' || type === 'hidden') return '[n]';
  const name = s.strings[nameOrIndex] ?? String(nameOrIndex);
  // A hash table's slots are numbered: one path for all of them.
  return /^\d+$/.test(name) ? '[n]' : name;
}

/** The first few property names of an object: they say what a class is when a minifier renamed it. */
function shape(s: HeapSnapshot, n: number): string {
  const names: string[] = [];
  for (let e = s.firstEdge[n]; e < s.firstEdge[n + 1] && names.length < 4; e++) {
    if (s.edgeTypes[s.edges[e * 3]] === 'property') {
      const name = edgeName(s, e);
      if (name !== '__proto__' && name !== 'map') names.push(name);
    }
  }
  return names.length ? `{${names.join(',')}}` : '';
}

/** What a node is, in the words of DevTools' summary view (strings, numbers and code each one kind). */
export function kindOf(s: HeapSnapshot, n: number): string {
  const type = typeOf(s, n);
  const name = nameOf(s, n);
  switch (type) {
    case 'object':
      // A minified class name says nothing: its shape does.
      return name.length <= 2 ? `${name}${shape(s, n)}` : name;
    case 'string':
    case 'concatenated string':
    case 'sliced string':
      return '(string)';
    case 'closure':
      return `${name || '(anonymous)'}()`;
    case 'number':
    case 'code':
      return `(${type})`;
    default:
      return n === 0 ? '(root)' : `(${type}) ${name}`.trimEnd();
  }
}

function tally(s: HeapSnapshot, keep: (n: number) => boolean): Map<string, { count: number; bytes: number }> {
  const out = new Map<string, { count: number; bytes: number }>();
  for (let n = 0; n < count(s); n++) {
    if (!keep(n)) continue;
    const kind = kindOf(s, n);
    const t = out.get(kind) ?? { count: 0, bytes: 0 };
    t.count++;
    t.bytes += field(s, n, s.at.size);
    out.set(kind, t);
  }
  return out;
}

/** Distance from the root over strong edges, and who holds each node (reverse edges). */
function graph(s: HeapSnapshot): { distance: Int32Array; retainers: (n: number) => Iterable<[number, number]> } {
  const N = count(s);
  const F = s.nodeFields;
  const weak = s.edgeTypes.indexOf('weak');
  const firstRetainer = new Uint32Array(N + 1);
  for (let e = 0; e < s.edges.length / 3; e++) firstRetainer[s.edges[e * 3 + 2] / F + 1]++;
  for (let n = 0; n < N; n++) firstRetainer[n + 1] += firstRetainer[n];
  const fill = firstRetainer.slice(0, N);
  const retainerEdge = new Uint32Array(s.edges.length / 3);
  const retainerNode = new Uint32Array(s.edges.length / 3);
  const distance = new Int32Array(N).fill(-1);
  for (let n = 0; n < N; n++) {
    for (let e = s.firstEdge[n]; e < s.firstEdge[n + 1]; e++) {
      const to = s.edges[e * 3 + 2] / F;
      retainerEdge[fill[to]] = e;
      retainerNode[fill[to]++] = n;
    }
  }
  const queue = new Uint32Array(N);
  let head = 0;
  let tail = 0;
  distance[0] = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const n = queue[head++];
    for (let e = s.firstEdge[n]; e < s.firstEdge[n + 1]; e++) {
      if (s.edges[e * 3] === weak) continue;
      const to = s.edges[e * 3 + 2] / F;
      if (distance[to] === -1) {
        distance[to] = distance[n] + 1;
        queue[tail++] = to;
      }
    }
  }
  return {
    distance,
    retainers: function* (n) {
      for (let r = firstRetainer[n]; r < firstRetainer[n + 1]; r++) {
        if (s.edges[retainerEdge[r] * 3] !== weak) yield [retainerNode[r], retainerEdge[r]];
      }
    },
  };
}

/** The shortest chain from the root to `n`, its last `hops` links: "Holder.field → Map.table → …". */
function pathTo(s: HeapSnapshot, g: ReturnType<typeof graph>, n: number, hops: number): string {
  const links: string[] = [];
  let at = n;
  while (links.length < hops && g.distance[at] > 0) {
    let best: [number, number] | undefined;
    for (const [r, e] of g.retainers(at)) if (g.distance[r] >= 0 && (!best || g.distance[r] < g.distance[best[0]])) best = [r, e];
    if (!best) break;
    links.unshift(`${kindOf(s, best[0])}.${edgeName(s, best[1])}`);
    at = best[0];
  }
  return links.join(' → ');
}

/**
 * What grew from `before` to `after` (objects alive in `after` minus those in `before`, by kind), the `top` kinds by
 * bytes, with the retainer paths of the new objects of the first `withPaths` of them (a sample of up to 500 each).
 */
export function diffSnapshots(before: HeapSnapshot, after: HeapSnapshot, top = 12, withPaths = 5, hops = 7): HeapDiff {
  const a = tally(before, () => true);
  const b = tally(after, () => true);
  const kinds: KindGrowth[] = [];
  let totalBytes = 0;
  let totalCount = 0;
  for (const kind of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(kind) ?? { count: 0, bytes: 0 };
    const y = b.get(kind) ?? { count: 0, bytes: 0 };
    totalBytes += y.bytes - x.bytes;
    totalCount += y.count - x.count;
    kinds.push({ kind, count: y.count - x.count, bytes: y.bytes - x.bytes });
  }
  kinds.sort((p, q) => q.bytes - p.bytes);
  const shown = kinds.slice(0, top);
  const seen = new Set<number>();
  for (let n = 0; n < count(before); n++) seen.add(field(before, n, before.at.id));
  const g = graph(after);
  for (const k of shown.slice(0, withPaths)) {
    const paths = new Map<string, number>();
    let sampled = 0;
    for (let n = 0; n < count(after) && sampled < 500; n++) {
      if (seen.has(field(after, n, after.at.id)) || kindOf(after, n) !== k.kind) continue;
      sampled++;
      const p = pathTo(after, g, n, hops);
      paths.set(p, (paths.get(p) ?? 0) + 1);
    }
    k.retainers = [...paths.entries()]
      .sort((p, q) => q[1] - p[1])
      .slice(0, 3)
      .map(([path, n]) => ({ path, count: n }));
  }
  return { totalBytes, totalCount, kinds: shown };
}

const mb = (bytes: number) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The diff as lines for the bench's report: kinds by growth, the retainer paths under the ones that have them. */
export function diffLines(diff: HeapDiff): string[] {
  const lines = [`all objects: ${diff.totalCount >= 0 ? '+' : ''}${diff.totalCount}, ${mb(diff.totalBytes)} (self sizes)`];
  for (const k of diff.kinds) {
    lines.push(`${mb(k.bytes).padStart(10)}  ${String(k.count >= 0 ? `+${k.count}` : k.count).padStart(8)}  ${k.kind}`);
    for (const r of k.retainers ?? []) lines.push(`${' '.repeat(22)}held by (${r.count} of the new ones sampled): ${r.path}`);
  }
  return lines;
}

/** The first kinds by growth, in one line: "RecordNode +10000 (+0.6 MB), …". */
export function diffSummary(diff: HeapDiff, kinds = 4): string {
  return diff.kinds
    .slice(0, kinds)
    .map((k) => `${k.kind} ${k.count >= 0 ? '+' : ''}${k.count} (${mb(k.bytes)})`)
    .join(', ');
}
