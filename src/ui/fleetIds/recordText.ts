// The words of the fleet-id features: what an identifier is called, what a record shows, what a miss says.
import * as vscode from 'vscode';
import type { FleetRecord, IdField, IdLookup } from '../../core/fleetIds';
import type { Connection } from '../session/fleetSession';

export function fieldName(field: IdField): string {
  switch (field) {
    case 'serialNumber':
      return vscode.l10n.t('serial number');
    case 'uniqueId':
      return vscode.l10n.t('unique ID');
    case 'productId':
      return vscode.l10n.t('product ID');
    case 'vin':
      return vscode.l10n.t('VIN');
    case 'licensePlate':
      return vscode.l10n.t('licence plate');
    case 'carId':
      return vscode.l10n.t('car ID');
    case 'serviceId':
      return vscode.l10n.t('service ID');
    case 'userId':
      return vscode.l10n.t('user ID');
    case 'any':
      return vscode.l10n.t('identifier');
  }
}

/** "The fleet of Müller Mietwagen has no product with serial number FB99-9999999." */
export function unknownText(connection: Connection, lookup: IdLookup): string {
  const customer = connection.account.customerName;
  const name = fieldName(lookup.field);
  switch (lookup.field) {
    case 'serialNumber':
    case 'uniqueId':
    case 'productId':
      return vscode.l10n.t('The fleet of {0} has no product with {1} {2}.', customer, name, lookup.value);
    case 'vin':
    case 'licensePlate':
    case 'carId':
      return vscode.l10n.t('The fleet of {0} has no car with {1} {2}.', customer, name, lookup.value);
    case 'serviceId':
      return vscode.l10n.t('The fleet of {0} has no service with {1} {2}.', customer, name, lookup.value);
    case 'userId':
      return vscode.l10n.t('The fleet of {0} has no user with {1} {2}.', customer, name, lookup.value);
    case 'any':
      return vscode.l10n.t('The fleet of {0} has no product or car with the identifier {1}.', customer, lookup.value);
  }
}

export interface RecordSummary {
  /** Kind and name, e.g. "flinkey Box FB21-0010003". */
  title: string;
  /** The record's own id, e.g. "product 10003". */
  idText: string;
  details: string[];
  /** Values worth copying, the id first. */
  copies: { label: string; value: string }[];
}

export function summarise(record: FleetRecord): RecordSummary {
  switch (record.kind) {
    case 'product': {
      const p = record.product;
      return {
        title: `${p.type} ${p.serialNumber}`,
        idText: vscode.l10n.t('product {0}', p.id),
        details: [
          vscode.l10n.t('unique ID {0}', p.uniqueId),
          vscode.l10n.t('SAP number {0}', p.sapNumber),
          ...(p.dongleTerminationTimeStamp ? [vscode.l10n.t('dongle terminates {0}', day(p.dongleTerminationTimeStamp))] : []),
        ],
        copies: [
          copy(vscode.l10n.t('ID'), String(p.id)),
          copy(vscode.l10n.t('Serial Number'), p.serialNumber),
          copy(vscode.l10n.t('Unique ID'), p.uniqueId),
        ],
      };
    }
    case 'car': {
      const c = record.car;
      const make = [c.brand, c.model].filter(Boolean).join(' ');
      return {
        title: vscode.l10n.t('Car {0}', c.name),
        idText: vscode.l10n.t('car {0}', c.id),
        details: [
          ...(c.vin ? [vscode.l10n.t('VIN {0}', c.vin)] : []),
          ...(c.licensePlate ? [vscode.l10n.t('plate {0}', c.licensePlate)] : []),
          ...(make ? [make] : []),
          ...(c.description ? [c.description] : []),
        ],
        copies: [
          copy(vscode.l10n.t('ID'), String(c.id)),
          ...(c.vin ? [copy(vscode.l10n.t('VIN'), c.vin)] : []),
          ...(c.licensePlate ? [copy(vscode.l10n.t('Licence Plate'), c.licensePlate)] : []),
        ],
      };
    }
    case 'service': {
      const s = record.service;
      const state = s.isTerminated
        ? [
            vscode.l10n.t('terminated {0}', s.terminationDate ? day(s.terminationDate) : ''),
            ...(s.terminationCause ? [s.terminationCause] : []),
          ]
        : [vscode.l10n.t('active')];
      return {
        title: vscode.l10n.t('Service {0}', s.name),
        idText: vscode.l10n.t('service {0}', s.id),
        details: [...state, ...(s.productId ? [vscode.l10n.t('product {0}', s.productId)] : [vscode.l10n.t('no product')])],
        copies: [copy(vscode.l10n.t('ID'), String(s.id))],
      };
    }
    case 'user': {
      const u = record.user;
      const name = [u.userData.firstName, u.userData.lastName].filter(Boolean).join(' ');
      return {
        title: vscode.l10n.t('User {0}', name || u.emailAddress),
        idText: vscode.l10n.t('user {0}', u.id),
        details: [u.emailAddress],
        copies: [copy(vscode.l10n.t('ID'), String(u.id)), copy(vscode.l10n.t('E-mail'), u.emailAddress)],
      };
    }
  }
}

function copy(label: string, value: string): { label: string; value: string } {
  return { label, value };
}

function day(iso: string): string {
  return iso.slice(0, 10);
}
