// The section a Filter…/Sort…/Clear Filter/Load All command is for: the section row it was run on (or a row under
// it), a section name ('products' or { section: 'products' }), else one picked from a quick pick.
import * as vscode from 'vscode';
import type { Entity } from '../../core/odata/schema';
import { GROUP_KINDS, GroupNode, sectionLabel, type GroupKind } from '../fleetView/groupNode';
import { isTreeNode, type TreeNode } from '../fleetView/treeNode';

/** The records each section lists, for the OData checker. */
export const SECTION_ENTITY: Record<GroupKind, Entity> = {
  products: 'product',
  services: 'service',
  cars: 'car',
  users: 'user',
  groups: 'group',
};

export function sectionOf(arg: unknown): GroupKind | undefined {
  if (isTreeNode(arg)) {
    for (let at: TreeNode | undefined = arg; at; at = at.getParent()) if (at instanceof GroupNode) return at.kind;
    return undefined;
  }
  const name = typeof arg === 'string' ? arg : arg && typeof arg === 'object' ? (arg as { section?: unknown }).section : undefined;
  return GROUP_KINDS.find((kind) => kind === name);
}

export async function pickSection(title: string): Promise<GroupKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    GROUP_KINDS.map((section) => ({ label: sectionLabel(section), section })),
    { title, placeHolder: vscode.l10n.t('Section of the Fleet view') },
  );
  return picked?.section;
}
