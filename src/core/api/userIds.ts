// The users of a car's assignments come in one request: GET /users?$filter=id in (…).
import type { FlinkeyApi, QueryOptions } from './api';
import type { Assignment, User } from './models';

/** More ids than this go in further requests, so a URL never grows without bound. */
export const MAX_IDS_PER_REQUEST = 100;

/** The queries for these user ids: duplicates dropped, `$top` as large as the list. Empty for no ids. */
export function userQueries(userIds: readonly number[]): QueryOptions[] {
  const ids = [...new Set(userIds)];
  const queries: QueryOptions[] = [];
  for (let k = 0; k < ids.length; k += MAX_IDS_PER_REQUEST) {
    const chunk = ids.slice(k, k + MAX_IDS_PER_REQUEST);
    queries.push({ filter: `id in (${chunk.join(',')})`, top: chunk.length });
  }
  return queries;
}

/**
 * The users named by `assignments` (assignments without a user are skipped), as a map by id. Users in `known`
 * (e.g. rows already loaded) are reused and not requested again; with ≤ 100 new ids this is at most one request.
 * A user the API does not return is simply missing from the map.
 */
export async function usersOfAssignments(
  api: Pick<FlinkeyApi, 'getUsersByIds'>,
  assignments: readonly Pick<Assignment, 'userId'>[],
  known: ReadonlyMap<number, User> = new Map(),
  signal?: AbortSignal,
): Promise<Map<number, User>> {
  const wanted = new Set<number>();
  for (const a of assignments) if (a.userId !== null) wanted.add(a.userId);
  const users = new Map<number, User>();
  const missing: number[] = [];
  for (const userId of wanted) {
    const user = known.get(userId);
    if (user) users.set(userId, user);
    else missing.push(userId);
  }
  if (missing.length > 0) {
    for (const user of await api.getUsersByIds(missing, signal)) users.set(user.id, user);
  }
  return users;
}
