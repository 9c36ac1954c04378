// Labels, descriptions and Markdown tooltips of fleet records. No vscode import, so plain Node tests it.
import * as l10n from '@vscode/l10n';
import { PRODUCT_TYPES, type Car, type Product, type Service } from '../../core/api/models';
import type { FleetItem } from '../documents/fleetRef';
import { describeAssignment, describeEvent, describeGroup, describeUser } from './describeAccess';
import { table, type ItemText } from './itemText';

export type { ItemText } from './itemText';

/** `now` judges whether an assignment is expired, current or future. */
export function describeItem(item: FleetItem, now = new Date()): ItemText {
  switch (item.kind) {
    case 'product':
      return describeProduct(item.product);
    case 'service':
      return describeService(item.service);
    case 'car':
      return describeCar(item.car);
    case 'user':
      return describeUser(item.user);
    case 'assignment':
      return describeAssignment(item.assignment, item.user, now);
    case 'event':
      return describeEvent(item.event, item.user);
    case 'group':
      return describeGroup(item.group);
  }
}

function describeProduct(p: Product): ItemText {
  return {
    label: p.serialNumber || l10n.t('Product {0}', p.id),
    // The icon shows a documented type, so the description keeps its room for the unique id.
    description: [shownByIcon(p.type) ? '' : p.type, p.uniqueId].filter(Boolean).join(' · '),
    spoken: [p.serialNumber || l10n.t('Product {0}', p.id), p.type, p.uniqueId].filter(Boolean).join(', '),
    tooltip: table(`${p.type} ${p.serialNumber}`, [
      ['id', p.id],
      ['uniqueId', p.uniqueId],
      ['serialNumber', p.serialNumber],
      ['sapNumber', p.sapNumber],
      ['type', p.type],
      ['dongleTerminationTimeStamp', p.dongleTerminationTimeStamp],
    ]),
  };
}

function describeService(s: Service): ItemText {
  const rows: [string, unknown][] = [
    ['id', s.id],
    ['name', s.name],
  ];
  if (s.productId !== undefined) rows.push(['productId', s.productId]);
  rows.push(['isTerminated', s.isTerminated], ['terminationDate', s.terminationDate], ['terminationCause', s.terminationCause]);
  return {
    label: s.name || l10n.t('Service {0}', s.id),
    description: s.isTerminated
      ? s.terminationDate
        ? l10n.t('terminated {0}', formatDate(s.terminationDate))
        : l10n.t('terminated')
      : l10n.t('active'),
    tooltip: table(`Service ${s.name}`, rows),
  };
}

function describeCar(c: Car): ItemText {
  return {
    label: c.name || l10n.t('Car {0}', c.id),
    description: [c.licensePlate, c.vin].filter(Boolean).join(' · '),
    tooltip: table(`Car ${c.name}`, [
      ['id', c.id],
      ['name', c.name],
      ['description', c.description],
      ['vin', c.vin],
      ['licensePlate', c.licensePlate],
      ['brand', c.brand],
      ['model', c.model],
    ]),
  };
}

/** "2025-03-01" from an ISO date-time; the text itself when it is not one. */
export function formatDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

function shownByIcon(type: string): boolean {
  return (PRODUCT_TYPES as readonly string[]).includes(type);
}
