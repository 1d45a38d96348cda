/** Where adapters report records they had to skip; the Forge log in production. */
export interface StorageLogger {
  error(message: string, context: Record<string, unknown>): void;
}
