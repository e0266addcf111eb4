import type { OfferRow } from '../../rows';
import { parseReadRow, serializeReadRow } from '../read-rows';

const row = {
  id: 7,
  documentId: 'doc7',
  locale: 'de',
  title: 'Beratung',
  descriptionText: 'Nur für die Suche',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedBy: { id: 1, firstname: 'Editor' },
  provider: { documentId: 'p1', name: 'Träger', internalName: 'intern', website: null },
  contacts: [
    {
      documentId: 'c1',
      personName: 'Ohne Einwilligung',
      personConsentRecordedAt: null,
      phone: '+49 5132 0001',
    },
    {
      documentId: 'c2',
      personName: 'Mit Einwilligung',
      personConsentRecordedAt: '2026-10-01T00:00:00.000Z',
    },
  ],
} as unknown as OfferRow;

describe('stored read rows', () => {
  const stored = parseReadRow(serializeReadRow(row)) as unknown as Record<string, unknown>;

  it('keeps what the public page shows', () => {
    expect(stored).toMatchObject({ documentId: 'doc7', locale: 'de', title: 'Beratung' });
    expect(stored.provider).toEqual({ documentId: 'p1', name: 'Träger', website: null });
  });

  it('leaves out audit data, internal names and the search-only plain text', () => {
    expect(stored).not.toHaveProperty('createdAt');
    expect(stored).not.toHaveProperty('updatedBy');
    expect(stored).not.toHaveProperty('descriptionText');
    expect(stored.provider).not.toHaveProperty('internalName');
  });

  it('stores a contact person’s name only with recorded consent', () => {
    const contacts = stored.contacts as Array<Record<string, unknown>>;
    expect(contacts[0]).toMatchObject({
      documentId: 'c1',
      personName: null,
      phone: '+49 5132 0001',
    });
    expect(contacts[1]).toMatchObject({ documentId: 'c2', personName: 'Mit Einwilligung' });
  });
});
