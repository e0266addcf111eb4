import { LIFE_SITUATION_ICONS } from '../../schemas';
import schema from './schema.json';

/** The `icon` enumeration's values are the plugin's one list of them. */
export default {
  schema: {
    ...schema,
    attributes: {
      ...schema.attributes,
      icon: { ...schema.attributes.icon, enum: [...LIFE_SITUATION_ICONS] },
    },
  },
};
