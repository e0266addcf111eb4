import {
  fieldsFitting,
  initialCommentPublishing,
  withCommentPublishing,
} from '../comment-publishing';
import type { DraftDefinition, DraftField } from '../draft';
import { describePath } from '../location';
import { validateDraft } from '../validate';

const chapter: DraftField = {
  type: 'singleChoice',
  key: 'thema',
  label: { de: 'Zu welchem Kapitel?' },
  required: true,
  purpose: 'Kapitel des Kommentars',
  options: [{ value: 'vorbemerkung', label: { de: 'Vorbemerkung' } }],
};
const feedback: DraftField = {
  type: 'longText',
  key: 'rueckmeldung',
  label: { de: 'Ihre Rückmeldung' },
  required: true,
  purpose: 'Text des Kommentars',
};
const consent: DraftField = {
  type: 'consent',
  key: 'einverstanden',
  label: { de: 'Ich bin mit der Veröffentlichung einverstanden.' },
  required: true,
  purpose: 'Einwilligung',
};

const draftOf = (...fields: DraftField[]): DraftDefinition => ({
  steps: [{ key: 'rueckmeldung', title: { de: 'Rückmeldung' }, fields }],
  statuses: [
    {
      code: 'eingegangen',
      label: { de: 'Eingegangen' },
      message: { de: 'Danke.' },
      closesCase: true,
    },
  ],
  onePerPage: false,
  askForInterpreter: false,
});

const textsAt = (draft: DraftDefinition, prefix: string) =>
  validateDraft(draft)
    .filter((issue) => issue.path.startsWith(prefix))
    .map((issue) => [issue.path, issue.text]);

describe('comment publishing in the builder', () => {
  it('is off by default and leaves nothing behind when switched off', () => {
    const draft = draftOf(chapter, feedback, consent);
    expect(draft.commentPublishing).toBeUndefined();
    const on = withCommentPublishing(draft, initialCommentPublishing(draft));
    expect(on.commentPublishing).toEqual({
      textField: 'rueckmeldung',
      subjectField: 'thema',
      consentField: 'einverstanden',
    });
    expect(validateDraft(on)).toEqual([]);
    expect('commentPublishing' in withCommentPublishing(on, undefined)).toBe(false);
  });

  it('starts with distinct fields: a long text for the text, another field for the subject', () => {
    const shortChapter: DraftField = {
      type: 'shortText',
      key: 'kapitel',
      label: { de: 'Kapitel' },
      required: false,
      purpose: 'Kapitel des Kommentars',
    };
    const draft = draftOf(shortChapter, feedback, consent);
    expect(initialCommentPublishing(draft)).toEqual({
      textField: 'rueckmeldung',
      subjectField: 'kapitel',
      consentField: 'einverstanden',
    });
    // One short text only: it is all there is for both.
    expect(initialCommentPublishing(draftOf(shortChapter))).toEqual({
      textField: 'kapitel',
      subjectField: 'kapitel',
      consentField: '',
    });
  });

  it('offers only the fields that fit each role', () => {
    const optional: DraftField = { ...consent, key: 'vielleicht', required: false };
    const draft = draftOf(chapter, feedback, optional, consent);
    const keys = (role: Parameters<typeof fieldsFitting>[1]) =>
      fieldsFitting(draft, role).map(({ field, number }) => [field.key, number]);
    expect(keys('textField')).toEqual([['rueckmeldung', 2]]);
    expect(keys('subjectField')).toEqual([['thema', 1]]);
    expect(keys('consentField')).toEqual([['einverstanden', 4]]);
  });

  it('says with the messages of publishing what is missing, even while the rest is unfinished', () => {
    // No consent in the form, and a field without its purpose yet.
    const draft = draftOf(chapter, { ...feedback, purpose: '' });
    const on = withCommentPublishing(draft, initialCommentPublishing(draft));
    expect(on.commentPublishing?.consentField).toBe('');
    expect(textsAt(on, 'commentPublishing')).toEqual([
      [
        'commentPublishing.consentField',
        'Für die Veröffentlichung als Kommentar fehlt eine Einwilligung in die Veröffentlichung als Pflichtfeld.',
      ],
    ]);
    expect(describePath(on, 'commentPublishing.consentField')).toEqual([
      { kind: 'property', property: 'commentPublishing' },
      { kind: 'property', property: 'consentField' },
    ]);
  });

  it('notices when a chosen field no longer fits, once the rest is finished', () => {
    const draft = withCommentPublishing(draftOf(chapter, feedback, consent), {
      textField: 'rueckmeldung',
      subjectField: 'thema',
      consentField: 'einverstanden',
    });
    const changed = { ...draft, steps: [{ ...draft.steps[0]!, fields: [chapter, consent] }] };
    expect(textsAt(changed, 'commentPublishing')).toEqual([
      [
        'commentPublishing.textField',
        'Für die Veröffentlichung als Kommentar fehlt ein Kurz- oder Langtextfeld mit dem Text.',
      ],
    ]);
  });
});
