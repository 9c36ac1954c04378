// What commands get handed: the services built in activate(). Passed in, never global.
import type * as vscode from 'vscode';
import type { Logger } from '../../core/api/api';
import type { FleetSession } from '../session/fleetSession';
import type { DetailsProvider } from '../documents/detailsProvider';
import type { TreeNode } from '../fleetView/treeNode';
import type { FleetTree } from '../fleetView/fleetTree';
import type { ViewSelection } from '../fleetView/viewSelection';

export interface CommandDeps {
  session: FleetSession;
  tree: FleetTree;
  /** The Fleet view (re-created per connection): reveal a row in the one shown now. */
  treeView: Pick<vscode.TreeView<TreeNode>, 'reveal'>;
  /** The rows selected in the Fleet and Query Results views, for commands run by a keybinding or the palette. */
  views: ViewSelection;
  details: DetailsProvider;
  channel: vscode.LogOutputChannel;
  logger: Logger;
}
