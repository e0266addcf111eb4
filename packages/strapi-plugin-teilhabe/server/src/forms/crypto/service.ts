import type { Core } from '@strapi/types';
import { keyringFromEnv } from './keyring';
import { rotateSealedRecords, type TableRotation } from './rotate';

/** The plugin service `forms-keys`, for the key rotation command. */
export interface FormsKeysService {
  /** Re-wraps every sealed value under the active key of the environment's keyring. */
  rotate(): Promise<TableRotation[]>;
}

/** Creates the `forms-keys` service. */
export const formsKeysService = ({ strapi }: { strapi: Core.Strapi }): FormsKeysService => ({
  rotate: () => rotateSealedRecords(strapi, keyringFromEnv(process.env)),
});
