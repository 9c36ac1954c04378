// The users a view has already loaded (the Users rows, the users named by a car's access and events), so a row
// can name a person without asking again. Forgotten when the view is refreshed. No vscode import.
import type { FlinkeyApi } from '../../core/api/api';
import type { User } from '../../core/api/models';
import { usersOfAssignments } from '../../core/api/userIds';

export class KnownUsers {
  private readonly byId = new Map<number, User>();

  get(id: number): User | undefined {
    return this.byId.get(id);
  }

  add(users: Iterable<User>): void {
    for (const user of users) this.byId.set(user.id, user);
  }

  /** A copy, for a details document to take with it. */
  snapshot(): ReadonlyMap<number, User> {
    return new Map(this.byId);
  }

  /** Loads the users these rows name that are not known yet: one `id in (…)` request, none when all are known. */
  async fetch(api: Pick<FlinkeyApi, 'getUsersByIds'>, rows: readonly { userId: number | null }[], signal?: AbortSignal): Promise<void> {
    this.add((await usersOfAssignments(api, rows, this.byId, signal)).values());
  }

  clear(): void {
    this.byId.clear();
  }
}
