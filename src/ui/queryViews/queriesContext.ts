// What the query commands and views share; built once in registerQueries and passed in, never global.
import type { FleetTree } from '../fleetView/fleetTree';
import type { Logger } from '../../core/api/api';
import type { ViewSelection } from '../fleetView/viewSelection';
import type { FleetSession } from '../session/fleetSession';
import type { QueryLibrary } from './queryLibrary';
import type { QueryResults } from './queryResults';
import type { QueryRunner } from './queryRunner';

export interface QueriesContext {
  session: FleetSession;
  runner: QueryRunner;
  results: QueryResults;
  library: QueryLibrary;
  /** The rows selected in the Fleet and Query Results views. */
  views: ViewSelection;
  logger: Logger;
  /** The Fleet view, whose sections Filter… narrows down. */
  tree: FleetTree;
  /** The last text typed per collection in the palette box, so a failed or dismissed query is never lost. */
  lastText: Map<string, string>;
}
