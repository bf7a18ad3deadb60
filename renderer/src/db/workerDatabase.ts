import { ClienteleDatabase } from './database';

let connection: ClienteleDatabase | undefined;

/** A worker's own connection to the app's database (a worker cannot use the page's), made on first use. */
export function workerDatabase(): ClienteleDatabase {
  connection ??= new ClienteleDatabase();
  return connection;
}

/** The connection a worker passes to the named operations in db/. */
export type WorkerDatabase = ClienteleDatabase;
