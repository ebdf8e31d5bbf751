/** The consumer's database, in memory: what the guides' state handlers seed. */
export interface SessionRow {
  id: string;
  orderId?: string;
}

export const db = {
  sessions: {
    rows: [] as SessionRow[],
    async insert(row: SessionRow): Promise<void> {
      db.sessions.rows.push(row);
    },
  },
};
