import type { ActionIssueHistory, StatusChange } from '../../core/ports/action-issue-history';

/** Issues' properties and status changes in maps, for the core's tests; `failures` makes the next reads fail. */
export class MemoryActionIssueHistory implements ActionIssueHistory {
  readonly properties = new Map<string, Map<string, unknown>>();
  readonly changes = new Map<string, StatusChange[]>();
  readonly failures: Error[] = [];

  setProperty(issueKey: string, key: string, value: unknown): void {
    const properties = this.properties.get(issueKey) ?? new Map<string, unknown>();
    properties.set(key, structuredClone(value));
    this.properties.set(issueKey, properties);
  }

  addChange(issueKey: string, change: StatusChange): void {
    this.changes.set(issueKey, [...(this.changes.get(issueKey) ?? []), change]);
  }

  property(issueKey: string, key: string): Promise<unknown> {
    const failure = this.failures.shift();
    if (failure !== undefined) return Promise.reject(failure);
    return Promise.resolve(structuredClone(this.properties.get(issueKey)?.get(key) ?? null));
  }

  statusChanges(issueKey: string): Promise<StatusChange[]> {
    const failure = this.failures.shift();
    if (failure !== undefined) return Promise.reject(failure);
    return Promise.resolve([...(this.changes.get(issueKey) ?? [])].sort((a, b) => a.at.localeCompare(b.at)));
  }
}
