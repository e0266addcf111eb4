import type { FormDefinition } from '@teilhabe/forms';
import { residentAddress, residentEmailKey } from '../resident-address';

const label = { de: 'E-Mail' };
const email = (key: string) => ({ type: 'email', key, label, required: false, purpose: 'Kontakt' });

/** A definition with a group holding an e-mail field before the top-level ones. */
const definition = {
  steps: [
    {
      key: 'family',
      title: { de: 'Familie' },
      fields: [
        {
          type: 'group',
          key: 'guardians',
          label,
          itemLabel: label,
          required: false,
          purpose: 'Kontakt',
          minItems: 0,
          maxItems: 2,
          fields: [email('guardianEmail')],
        },
        { type: 'info', key: 'note', label, body: label },
      ],
    },
    { key: 'contact', title: { de: 'Kontakt' }, fields: [email('mail'), email('otherMail')] },
  ],
  statuses: [{ code: 'received', label, message: label, closesCase: false }],
  onePerPage: false,
  askForInterpreter: false,
} as unknown as FormDefinition;

describe("the resident's address", () => {
  test('is the first top-level e-mail field, not one inside a repeated group', () => {
    expect(residentEmailKey(definition)).toBe('mail');
  });

  test('is read from that field only, trimmed', () => {
    expect(
      residentAddress(definition, {
        guardians: [{ guardianEmail: 'other@example.org' }],
        mail: ' amina@example.org ',
        otherMail: 'second@example.org',
      })
    ).toBe('amina@example.org');
  });

  test('is none when that field is unanswered (hidden), even if a later one is', () => {
    expect(residentAddress(definition, { otherMail: 'second@example.org' })).toBeNull();
  });

  test('is none for anything that could add a header or a second recipient', () => {
    for (const answer of [
      'a@example.org\r\nBcc: b@example.org',
      'a@example.org, b@example.org',
      'Name <a@example.org>',
      'no-at-sign',
      `${'a'.repeat(250)}@example.org`,
      42,
    ]) {
      expect(residentAddress(definition, { mail: answer })).toBeNull();
    }
  });

  test('is none for a form without an e-mail field', () => {
    const without = { ...definition, steps: [definition.steps[0]!] } as FormDefinition;
    expect(residentEmailKey(without)).toBeNull();
  });
});
