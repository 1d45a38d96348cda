/** The site settings as the global settings page shows them. */
export interface SiteSettingsView {
  /** Send back with a save; a stale one is refused with CONFLICT. */
  version: number;
  timeZone: string;
  /** May the caller change them (a Confluence site admin)? */
  canEdit: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}
