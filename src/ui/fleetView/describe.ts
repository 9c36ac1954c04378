// Labels, descriptions and Markdown tooltips of fleet records. No vscode import, so plain Node tests it.
import type { Car, Product, Service } from '../../core/api/models';
import type { FleetItem } from '../documents/fleetRef';

export interface ItemText {
  label: string;
  description: string;
  /** Markdown source. */
  tooltip: string;
}

export function describeItem(item: FleetItem): ItemText {
  switch (item.kind) {
    case 'product':
      return describeProduct(item.product);
    case 'service':
      return describeService(item.service);
    case 'car':
      return describeCar(item.car);
  }
}

function describeProduct(p: Product): ItemText {
  return {
    label: p.serialNumber || `Product ${p.id}`,
    description: [p.type, p.uniqueId].filter(Boolean).join(' · '),
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
    label: s.name || `Service ${s.id}`,
    description: s.isTerminated ? `terminated${s.terminationDate ? ` ${formatDate(s.terminationDate)}` : ''}` : 'active',
    tooltip: table(`Service ${s.name}`, rows),
  };
}

function describeCar(c: Car): ItemText {
  return {
    label: c.name || `Car ${c.id}`,
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

function table(title: string, rows: [string, unknown][]): string {
  const lines = [`**${escapeMarkdown(title)}**`, '', '| field | value |', '|---|---|'];
  for (const [name, value] of rows) {
    lines.push(
      `| ${name} | ${value === null || value === undefined ? '*null*' : escapeMarkdown(typeof value === 'string' ? value : JSON.stringify(value))} |`,
    );
  }
  return lines.join('\n');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
