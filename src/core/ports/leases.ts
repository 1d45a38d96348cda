/**
 * Short exclusive holds on a piece of work two people could start at once (two admins running
 * provisioning steps), where the record the work writes has no version to compare and set.
 * A lease lapses by itself after its time, so a holder that died never blocks the next for long.
 */
export interface Leases {
  /** Takes the lease unless someone holds it: the holder's token, or null when it is held. */
  take(key: string, seconds: number): Promise<string | null>;
  /** Gives it back, if `token` still holds it (one that lapsed and was taken since is left alone). */
  release(key: string, token: string): Promise<void>;
}
