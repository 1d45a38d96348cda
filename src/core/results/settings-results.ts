import type { RoleAssignees } from '../settings/card-settings';
import type { DirectoryGroup, DirectoryPerson } from '../ports/people-directory';

/** One role of the card with the people and groups mapped to it. */
export interface RoleWithAssignees {
  id: string;
  name: string;
  /** Whether this is the process owner's role (its holders may edit the settings). */
  isOwner: boolean;
  assignees: RoleAssignees;
}

export interface CardSettingsView {
  cardId: string;
  /** Send back with a save; a stale one is refused with CONFLICT. */
  version: number;
  roles: RoleWithAssignees[];
  /** May the caller change the settings (page editor, or mapped to the process owner's role)? */
  canEdit: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface DirectorySearchResult {
  people: DirectoryPerson[];
  groups: DirectoryGroup[];
}
