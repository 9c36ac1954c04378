// What Export takes rows from: a query run, or rows of the Fleet and Query Results views (the selected records, or
// the loaded records of a section row such as Products). No fetch beyond a section's first page.
import * as vscode from 'vscode';
import { idOf, type FleetItem } from '../documents/fleetRef';
import type { TreeNode } from '../fleetView/treeNode';
import type { Rows } from './queryResults';
import { RunNode } from './runNode';

export interface ExportSource {
  rows: Rows;
  /** For the suggested file name, e.g. 'products' or 'selection'. */
  name: string;
}

/** The rows of view rows: records as the API sent them, $select rows as they are, a section's loaded records. */
export async function rowsOfNodes(nodes: readonly TreeNode[]): Promise<ExportSource> {
  const rows: Rows = [];
  const seen = new Set<string>();
  const add = (node: TreeNode) => {
    // A product selected under Products and under its service is one row.
    const key = node.item ? `${node.item.kind}/${idOf(node.item)}` : node.id;
    if (seen.has(key)) return;
    seen.add(key);
    if (node.item) rows.push(recordOf(node.item));
    else if (node.fields) rows.push({ ...node.fields });
  };
  for (const node of nodes) {
    if (node instanceof RunNode) {
      if (node.run.state === 'done') rows.push(...node.run.rows);
    } else if (node.item || node.fields) {
      add(node);
    } else if (node.getChildren) {
      (await node.getChildren()).forEach(add);
    }
  }
  if (rows.length === 0) {
    throw new Error(vscode.l10n.t('The selected rows hold no records to export (a section exports the rows it has loaded).'));
  }
  const name = nodes.length === 1 && !nodes[0].item && !nodes[0].fields ? nodes[0].id.replace(/[^\w-]+/g, '-') : 'selection';
  return { rows, name };
}

/** The record as the API sent it. */
export function recordOf(item: FleetItem): Record<string, unknown> {
  switch (item.kind) {
    case 'product':
      return { ...item.product };
    case 'service':
      return { ...item.service };
    case 'car':
      return { ...item.car };
    case 'user':
      return { ...item.user };
    case 'assignment':
      return { ...item.assignment };
    case 'event':
      return { ...item.event };
    case 'group':
      return { ...item.group };
  }
}
