// Which rows a command acts on (the clicked row, every selected row, the views' selection) and what each holds of a
// field: what Copy ID … on a multi-selection, Copy as JSON Array / OData Filter and Insert at Cursor are built on.
import * as assert from 'assert';
import type { Car, Product } from '../../../src/core/api/models';
import { recordTarget, selectedRows, valuesOfRows } from '../../../src/ui/commands/rowValues';
import type { FleetItem } from '../../../src/ui/documents/fleetRef';
import type { TreeNode } from '../../../src/ui/fleetView/treeNode';
import type { ViewSelection } from '../../../src/ui/fleetView/viewSelection';

const product = (id: number, serialNumber: string): Product => ({
  id,
  uniqueId: `U${id}`,
  serialNumber,
  sapNumber: '7',
  dongleTerminationTimeStamp: null,
  type: 'flinkey Box',
});
const car = (id: number, vin: string | null): Car => ({
  id,
  name: 'Golf',
  description: null,
  vin,
  licensePlate: null,
  brand: null,
  model: null,
});

function row(id: string, item?: FleetItem, fields?: Record<string, unknown>): TreeNode {
  return { id, item, fields, getTreeItem: () => ({}), getParent: () => undefined };
}

const views = (current: TreeNode[]) => ({ current: () => current }) as unknown as ViewSelection;

const p1 = row('products/1', { kind: 'product', product: product(1, 'FB-1') });
const p2 = row('products/2', { kind: 'product', product: product(2, "O'Neil") });
const p1again = row('services/7/product', { kind: 'product', product: product(1, 'FB-1') });
const c3 = row('cars/3', { kind: 'car', car: car(3, 'WVW3') });
const c4 = row('cars/4', { kind: 'car', car: car(4, null) });
const section = row('products');
const selectRow = row('queries/1/rows/0', undefined, { id: 8, serialNumber: 'S8' });

describe('rows a command acts on', () => {
  it('a menu on one of several selected rows: all of them; on a row outside the selection: that row', () => {
    assert.deepStrictEqual(selectedRows(views([]), p2, [p1, p2, c3]), [p1, p2, c3]);
    assert.deepStrictEqual(selectedRows(views([]), c4, [p1, p2]), [c4]);
    assert.deepStrictEqual(selectedRows(views([]), p1, [p1]), [p1]);
    assert.deepStrictEqual(selectedRows(views([]), p1, undefined), [p1]);
  });

  it('no argument (a keybinding, the palette): the views’ selection, or nothing', () => {
    assert.deepStrictEqual(selectedRows(views([p1, c3]), undefined, undefined), [p1, c3]);
    assert.strictEqual(selectedRows(views([]), undefined, undefined), undefined);
  });

  it('an argument naming a record another way is left to the single-record path', () => {
    assert.strictEqual(selectedRows(views([p1, p2]), { kind: 'product', id: 1 }, undefined), undefined);
    assert.deepStrictEqual(recordTarget(views([p1, p2]), { kind: 'product', id: 1 }, undefined), { arg: { kind: 'product', id: 1 } });
  });

  it('copy and insert take several record rows as a list; a section alone leaves the quick pick (no argument)', () => {
    assert.deepStrictEqual(recordTarget(views([p1, section, c3]), undefined, undefined), { rows: [p1, c3] });
    assert.deepStrictEqual(recordTarget(views([section]), undefined, undefined), { arg: undefined });
    assert.deepStrictEqual(recordTarget(views([]), section, [section, p1]), { arg: p1 });
    assert.deepStrictEqual(recordTarget(views([]), section, [section]), { arg: section });
  });
});

describe('values of rows', () => {
  it('ids as numbers, one per record: a product selected under Products and under its service counts once', () => {
    assert.deepStrictEqual(valuesOfRows([p1, p2, p1again, c3], 'id'), { values: [1, 2, 3], skipped: 0 });
  });

  it('rows without the value are skipped and counted', () => {
    assert.deepStrictEqual(valuesOfRows([c3, c4, p1, section], 'vin'), { values: ['WVW3'], skipped: 3 });
    assert.deepStrictEqual(valuesOfRows([p1, p2, c3], 'serialNumber'), { values: ['FB-1', "O'Neil"], skipped: 1 });
  });

  it('$select rows give their columns', () => {
    assert.deepStrictEqual(valuesOfRows([selectRow, p1], 'serialNumber'), { values: ['S8', 'FB-1'], skipped: 0 });
  });

  it('for a filter, only the kind of the first row that has the value: one collection', () => {
    assert.deepStrictEqual(valuesOfRows([section, c3, p1, c4], 'id', true), { values: [3, 4], skipped: 2 });
    assert.deepStrictEqual(valuesOfRows([p1, c3, p2], 'id', true), { values: [1, 2], skipped: 1 });
  });
});
