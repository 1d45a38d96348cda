/** Whether a person may change what a Confluence page shows (and so the card on it). */
export interface PagePermissions {
  canEditPage(accountId: string, pageId: string): Promise<boolean>;
}
