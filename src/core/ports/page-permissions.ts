/** What a person may do with a Confluence page, and so with the card on it. */
export interface PagePermissions {
  canEditPage(accountId: string, pageId: string): Promise<boolean>;
  canViewPage(accountId: string, pageId: string): Promise<boolean>;
}
