// The hover's Markdown: the record with Open Details, Reveal in Fleet and Copy links, or a plain "no such record".
import * as vscode from 'vscode';
import type { FleetRecord, IdLookup } from '../../core/fleetIds';
import { recordId } from '../../core/fleetIds';
import { COMMAND } from '../../constants';
import type { Connection } from '../session/fleetSession';
import { fieldName, summarise, unknownText } from './recordText';

/** Records of one identifier shown in full; more (a plate two cars share) are counted. */
const SHOWN = 3;

export function recordsHover(records: readonly FleetRecord[], connection: Connection): vscode.MarkdownString {
  const md = markdown();
  records.slice(0, SHOWN).forEach((record, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    const s = summarise(record);
    md.appendMarkdown(`$(key) **${escape(s.title)}** — ${escape(s.idText)} · ${escape(connection.account.customerName)}\n\n`);
    if (s.details.length) md.appendMarkdown(`${s.details.map(escape).join(' · ')}\n\n`);
    const links = [
      link(vscode.l10n.t('Open Details'), COMMAND.openDetails, { kind: record.kind, id: recordId(record) }),
      link(vscode.l10n.t('Reveal in Fleet'), COMMAND.findInFleet, { query: revealQuery(record), kind: record.kind, id: recordId(record) }),
      `${escape(vscode.l10n.t('Copy'))} ${s.copies.map((c) => link(c.label, COMMAND.copyFleetValue, { value: c.value, label: c.label })).join(' · ')}`,
    ];
    md.appendMarkdown(links.join(' · '));
  });
  if (records.length > SHOWN) {
    md.appendMarkdown(`\n\n${escape(vscode.l10n.t('… and {0} more records with this value.', records.length - SHOWN))}`);
  }
  return md;
}

export function unknownHover(connection: Connection, lookup: IdLookup): vscode.MarkdownString {
  const md = markdown();
  md.appendMarkdown(`$(warning) **flinkey** — ${escape(unknownText(connection, lookup))}\n\n`);
  md.appendMarkdown(link(vscode.l10n.t('Switch Customer…'), COMMAND.switchCustomer, undefined));
  return md;
}

export function failedHover(lookup: IdLookup, message: string): vscode.MarkdownString {
  const md = markdown();
  md.appendMarkdown(
    `$(error) **flinkey** — ${escape(vscode.l10n.t('Could not look up the {0} {1}: {2}', fieldName(lookup.field), lookup.value, message))}\n\n`,
  );
  md.appendMarkdown(link(vscode.l10n.t('Show Log'), COMMAND.showLog, undefined));
  return md;
}

export function limitedHover(waitMs: number): vscode.MarkdownString {
  const md = markdown();
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  md.appendMarkdown(
    `$(clock) **flinkey** — ${escape(vscode.l10n.t('The flinkey API asked to slow down (429); look-ups resume in {0} s.', seconds))}`,
  );
  return md;
}

/** What Find in Fleet searches for: the record's most distinctive text. */
function revealQuery(record: FleetRecord): string {
  switch (record.kind) {
    case 'product':
      return record.product.serialNumber || String(record.product.id);
    case 'car':
      return record.car.vin ?? record.car.licensePlate ?? String(record.car.id);
    case 'service':
      return String(record.service.id);
    case 'user':
      return record.user.emailAddress;
  }
}

function markdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  // Only our own command links are in it; every text from the file or the server goes through escape().
  md.isTrusted = true;
  return md;
}

function link(title: string, command: string, arg: unknown): string {
  const query = arg === undefined ? '' : `?${encodeURIComponent(JSON.stringify([arg]))}`;
  return `[${escape(title)}](command:${command}${query})`;
}

/** Markdown-escapes text, so names like `O'Neil's [van]` or `*` show as written and cannot form links. */
export function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));
}
