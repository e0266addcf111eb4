import type { Core } from '@strapi/types';
import type { Keyring } from './keyring';
import {
  addCounts,
  emptyCounts,
  planRewrap,
  type RewrapCounts,
  type WrappedKeyRow,
} from './rewrap-rows';
import { SEALED_COLUMNS, type SealedColumns } from './sealed-tables';

export const ROTATION_BATCH_SIZE = 200;

/** The counts of one sealed value, for the command's report. */
export interface TableRotation {
  uid: string;
  /** The attribute of the wrapped key, to tell two sealed values of one type apart. */
  field: string;
  counts: RewrapCounts;
}

/**
 * One batch after `afterId` in its own transaction: reads the wrapped keys
 * that are not under the active key, writes the new ones where the old ones
 * are still in place.
 * @returns the batch's counts and the last id read (`null` when none was left)
 */
const rotateBatch = async (
  strapi: Core.Strapi,
  table: SealedColumns,
  keyring: Keyring,
  afterId: number,
  batchSize: number
): Promise<{ counts: RewrapCounts; lastId: number | null }> => {
  const [, , , wrappedKeyField, keyIdField] = table.fields;
  return strapi.db.transaction(async () => {
    const query = strapi.db.query(table.uid);
    const rows = (await query.findMany({
      select: ['id', wrappedKeyField, keyIdField],
      where: { id: { $gt: afterId }, [keyIdField]: { $notNull: true, $ne: keyring.activeKeyId } },
      orderBy: { id: 'asc' },
      limit: batchSize,
    })) as { id: number; [field: string]: unknown }[];
    const { changes, counts } = planRewrap(
      rows.map((row): WrappedKeyRow => ({
        id: row.id,
        wrappedKey: row[wrappedKeyField],
        keyId: row[keyIdField],
      })),
      keyring
    );
    for (const change of changes) {
      const { count } = await query.updateMany({
        where: {
          id: change.id,
          [wrappedKeyField]: change.previous.wrappedKey,
          [keyIdField]: change.previous.keyId,
        },
        data: { [wrappedKeyField]: change.next.wrappedKey, [keyIdField]: change.next.keyId },
      });
      if (count !== 1) {
        counts.rewrapped -= 1;
        counts.changedMeanwhile += 1;
      }
    }
    return { counts, lastId: rows.at(-1)?.id ?? null };
  });
};

const rotateTable = async (
  strapi: Core.Strapi,
  table: SealedColumns,
  keyring: Keyring,
  batchSize: number
): Promise<RewrapCounts> => {
  const keyIdField = table.fields[4];
  const counts = emptyCounts();
  let afterId = 0;
  for (;;) {
    const batch = await rotateBatch(strapi, table, keyring, afterId, batchSize);
    addCounts(counts, batch.counts);
    if (batch.lastId === null) {
      break;
    }
    afterId = batch.lastId;
  }
  const query = strapi.db.query(table.uid);
  addCounts(counts, {
    current: await query.count({ where: { [keyIdField]: keyring.activeKeyId } }),
    empty: await query.count({ where: { [keyIdField]: { $null: true } } }),
  });
  return counts;
};

/**
 * Key rotation: wraps the data key of every sealed value that is not under
 * the keyring's active key anew with it, in batches of one transaction each.
 * Idempotent; safe while the CMS runs (a row changed in between is left to
 * its writer). Afterwards the old key can leave `TEILHABE_FORMS_KEYS` once
 * no count is `failed`.
 * @param strapi a loaded Strapi
 * @param keyring the keyring: the new active key plus the old ones
 * @param tables the sealed values (default: the forms domain's `SEALED_COLUMNS`)
 * @param batchSize rows per transaction
 * @returns counts per sealed value, nothing of the records
 */
export const rotateSealedRecords = async (
  strapi: Core.Strapi,
  keyring: Keyring,
  tables: readonly SealedColumns[] = SEALED_COLUMNS,
  batchSize = ROTATION_BATCH_SIZE
): Promise<TableRotation[]> => {
  const result: TableRotation[] = [];
  for (const table of tables) {
    result.push({
      uid: table.uid,
      field: table.fields[3],
      counts: await rotateTable(strapi, table, keyring, batchSize),
    });
  }
  return result;
};
