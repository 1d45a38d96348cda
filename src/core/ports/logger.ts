/** Where the core reports failures it recovers from (the Forge log in production). */
export interface Logger {
  error(message: string, context: Record<string, unknown>): void;
}
