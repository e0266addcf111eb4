import { declaredObjectTypes, plainFieldsApolloPlugin } from '../plain-fields-plugin';
import { commonTypeDefs } from '../../../directory/graphql/types/common';
import { offerTypeDefs } from '../../../directory/graphql/types/offer';
import { resultTypeDefs } from '../../../directory/graphql/types/results';

describe('plain read-model fields', () => {
  it('finds the object types of the directory’s own type definitions, and no enums or inputs', () => {
    const names = declaredObjectTypes([commonTypeDefs, offerTypeDefs, resultTypeDefs].join('\n'));
    expect(names).toEqual(
      expect.arrayContaining([
        'TeilhabeDirectoryOffer',
        'TeilhabeLocalizedText',
        'TeilhabeDirectoryResult',
      ])
    );
    expect(names).not.toContain('TeilhabeWeekday');
    expect(names.every((name) => name.startsWith('Teilhabe'))).toBe(true);
  });

  it('gives the fields of the named types back the default resolver', async () => {
    const wrapped = async () => 'wrapped';
    const fields = {
      title: { resolve: wrapped as unknown },
      slug: { resolve: wrapped as unknown },
    };
    const other = { name: { resolve: wrapped as unknown } };
    const schema = {
      getType: (name: string) =>
        ({
          TeilhabeDirectoryOffer: { getFields: () => fields },
          Other: { getFields: () => other },
        })[name],
    };
    await plainFieldsApolloPlugin(['TeilhabeDirectoryOffer']).serverWillStart({ schema });
    expect(fields.title.resolve).toBeUndefined();
    expect(fields.slug.resolve).toBeUndefined();
    expect(other.name.resolve).toBe(wrapped);
  });

  it('refuses to start when a named type is missing from the schema', async () => {
    const schema = { getType: () => undefined };
    await expect(
      plainFieldsApolloPlugin(['TeilhabeGone']).serverWillStart({ schema })
    ).rejects.toThrow(/TeilhabeGone is missing/);
  });
});
