/** What the rest of the server may ask of the database; routes never see SQL. */
export interface Store {
  /** Records that a user was seen (first and last time). */
  touchUser(tid: string, oid: string, at: number): Promise<void>;
  /** Readiness: the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
