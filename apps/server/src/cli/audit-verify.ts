import { loadConfig } from '../config';
import { openDatabase } from '../platform/db/client';
import { verifyEventChains } from '../platform/db/repositories/event-log';

/** `npm run audit:verify`: recomputes every hash chain of the event log; exit 1 at the first altered row. */
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await verifyEventChains(database.db);
  if (result.ok) {
    console.log(`audit:verify OK — ${result.checked} events checked, every chain intact`);
  } else {
    const b = result.firstBroken!;
    console.error(
      `audit:verify FAILED — first broken row: id ${b.id}, chain ${b.chain}, seq ${b.seq} (${b.reason} mismatch); ${result.checked} rows checked`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
