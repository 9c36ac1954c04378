// What commands get handed: the services built in activate(). Passed in, never global.
import type * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import type { FleetSession } from '../session/fleetSession';
import type { DetailsProvider } from '../documents/detailsProvider';
import type { FleetNode } from '../fleetView/fleetNode';
import type { FleetTreeProvider } from '../fleetView/fleetTreeProvider';

export interface CommandDeps {
  session: FleetSession;
  tree: FleetTreeProvider;
  treeView: vscode.TreeView<FleetNode>;
  details: DetailsProvider;
  channel: vscode.LogOutputChannel;
  logger: Logger;
}
