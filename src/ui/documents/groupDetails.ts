// A group's details: the group and its cars. No endpoint returns one group, so one opened by id is looked up in
// the list, in parallel with its cars. No vscode import.
import type { FlinkeyApi } from '../../core/api/api';
import { FlinkeyError } from '../../core/api/errors';
import { notFoundText } from './plainWords';
import type { KnownParts } from './knownParts';

export async function groupDetails(
  api: FlinkeyApi,
  id: number,
  signal: AbortSignal | undefined,
  known: KnownParts,
): Promise<Record<string, unknown>> {
  const group = known.group ? Promise.resolve(known.group) : api.getGroups(signal).then((all) => all.find((g) => g.id === id));
  const [found, cars] = await Promise.all([group, api.getGroupCars(id, signal)]);
  if (!found) throw new FlinkeyError('notFound', notFoundText({ kind: 'group', id }), { subject: 'group' });
  return { ...found, cars };
}
