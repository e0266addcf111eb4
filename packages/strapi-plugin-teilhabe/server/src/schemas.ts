/**
 * The plugin's zod schemas and value lists, a public export
 * (`strapi-plugin-teilhabe/schemas`), so that other code checks data by the
 * same rules as the plugin's writes: the cms's demo data loader does.
 */
export * from './directory/schemas';
export * from './editorial/schemas';
