/**
 * The portal has no resident accounts (registration is closed), so the
 * users-permissions plugin's user type is kept out of the editors' content
 * manager, where it showed up as an English "User" next to their content.
 * The plugin itself stays: its public role carries the read permissions.
 */
interface UsersPermissionsPlugin {
  contentTypes: {
    user: { schema: { pluginOptions?: Record<string, unknown> } };
  };
}

export default (plugin: UsersPermissionsPlugin): UsersPermissionsPlugin => {
  const schema = plugin.contentTypes.user.schema;
  schema.pluginOptions = {
    ...schema.pluginOptions,
    'content-manager': { visible: false },
    'content-type-builder': { visible: false },
  };
  return plugin;
};
