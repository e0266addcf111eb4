import { findMissingPluginContentTypes } from '../../src/guards/plugin-schema-guard';

describe('findMissingPluginContentTypes', () => {
  const registered = {
    'plugin::teilhabe.page': {},
    'plugin::users-permissions.user': {},
  };

  test('reports plugin content types the database knows but the code does not register', () => {
    const stored = {
      'plugin::teilhabe.page': {},
      'plugin::teilhabe.offer': {},
      'plugin::teilhabe.form': {},
    };
    expect(findMissingPluginContentTypes(stored, registered)).toEqual([
      'plugin::teilhabe.form',
      'plugin::teilhabe.offer',
    ]);
  });

  test('ignores other plugins and a first start without stored schema', () => {
    expect(findMissingPluginContentTypes({ 'plugin::other.thing': {} }, registered)).toEqual([]);
    expect(findMissingPluginContentTypes(undefined, registered)).toEqual([]);
    expect(findMissingPluginContentTypes({ 'plugin::teilhabe.page': {} }, registered)).toEqual([]);
  });
});
