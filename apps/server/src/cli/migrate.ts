import { loadConfig } from '../config';
import { migrateDatabase, openDatabase } from '../platform/db/client';

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrateDatabase(database);
await database.close();
console.log(`migrated ${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}`);
