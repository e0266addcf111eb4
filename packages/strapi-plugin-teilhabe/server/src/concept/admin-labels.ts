import {
  COMMON_FIELDS,
  COMMON_OPTIONS,
  MARKDOWN_HELP,
  withHelp,
  type AdminLabels,
  type FieldLabel,
  type OptionLabels,
} from '../core/admin-labels';

const slug = withHelp(
  COMMON_FIELDS.slug,
  'Wird aus dem deutschen Titel gebildet, wenn leer; steht in der Adresse im Portal.'
);

const changeNote: FieldLabel = {
  de: 'Änderungshinweis',
  en: 'Change note',
  help: 'Pflicht bei jeder Veröffentlichung, in jeder Sprache: Was hat sich gegenüber der letzten Fassung geändert? Erscheint öffentlich in der Versionsgeschichte.',
};

const shared = {
  isSampleContent: COMMON_FIELDS.isSampleContent,
  translationStatus: COMMON_FIELDS.translationStatus,
};

/** Labels of the concept's content types (German first: the editors' language). */
export const CONCEPT_LABELS: AdminLabels = {
  'plugin::teilhabe.concept-edition': {
    name: { de: 'Fassung', en: 'Edition' },
    fields: {
      title: withHelp(
        COMMON_FIELDS.title,
        'Z. B. „Sachstandsbericht 2022“ oder „Entwurf zur Beteiligung“.'
      ),
      slug,
      summary: COMMON_FIELDS.summary,
      stage: {
        de: 'Stand',
        en: 'Stage',
        help: 'Sachstandsbericht, Entwurf oder vom Rat beschlossen.',
      },
      issuedOn: {
        de: 'Datum',
        en: 'Date',
        help: 'Vorgelegt bzw. beschlossen am. Die neueste Fassung zeigt das Portal zuerst.',
      },
      chapters: { de: 'Kapitel', en: 'Chapters' },
      ...shared,
    },
    list: ['title', 'stage', 'issuedOn'],
    sort: 'issuedOn:DESC',
  },
  'plugin::teilhabe.concept-chapter': {
    name: { de: 'Kapitel', en: 'Chapter' },
    fields: {
      title: COMMON_FIELDS.title,
      slug,
      summary: withHelp(COMMON_FIELDS.summary, 'Ein bis drei Sätze für das Inhaltsverzeichnis.'),
      body: { de: 'Text', en: 'Body', help: MARKDOWN_HELP },
      easyText: {
        de: 'Leichte oder Einfache Sprache',
        en: 'Easy or plain language',
        help: `Der Inhalt des Kapitels in Leichter oder Einfacher Sprache. ${MARKDOWN_HELP}`,
      },
      easyTextKind: {
        de: 'Art des leichten Textes',
        en: 'Kind of easy text',
        help: '„Leichte Sprache“ nur, wenn der Text nach den Regeln geprüft wurde; sonst „Einfache Sprache“.',
      },
      easyTextCheckedBy: {
        de: 'Geprüft von',
        en: 'Checked by',
        help: 'Wer den Text in Leichter Sprache geprüft hat (Prüfstelle oder Prüfgruppe, kein Personenname).',
      },
      edition: { de: 'Fassung', en: 'Edition' },
      parent: {
        de: 'Übergeordnetes Kapitel',
        en: 'Parent chapter',
        help: 'Leer für ein Hauptkapitel.',
      },
      children: { de: 'Unterkapitel', en: 'Sub-chapters' },
      position: COMMON_FIELDS.position,
      fieldsOfAction: { de: 'Handlungsfelder', en: 'Fields of action' },
      changeNote,
      ...shared,
    },
    list: ['title', 'edition', 'position', 'parent'],
    sort: 'position:ASC',
  },
  'plugin::teilhabe.field-of-action': {
    name: { de: 'Handlungsfeld', en: 'Field of action' },
    fields: {
      title: COMMON_FIELDS.title,
      slug,
      description: withHelp(COMMON_FIELDS.description, MARKDOWN_HELP),
      position: COMMON_FIELDS.position,
      goals: { de: 'Strategische Ziele', en: 'Strategic goals' },
      ...shared,
    },
    list: ['title', 'position'],
    sort: 'position:ASC',
  },
  'plugin::teilhabe.concept-goal': {
    name: { de: 'Strategisches Ziel', en: 'Strategic goal' },
    fields: {
      title: COMMON_FIELDS.title,
      slug,
      description: withHelp(COMMON_FIELDS.description, MARKDOWN_HELP),
      fieldOfAction: { de: 'Handlungsfeld', en: 'Field of action' },
      position: COMMON_FIELDS.position,
      ...shared,
    },
    list: ['title', 'fieldOfAction', 'position'],
    sort: 'position:ASC',
  },
  'plugin::teilhabe.concept-measure': {
    name: { de: 'Maßnahme', en: 'Measure' },
    fields: {
      title: COMMON_FIELDS.title,
      slug,
      summary: COMMON_FIELDS.summary,
      description: withHelp(COMMON_FIELDS.description, MARKDOWN_HELP),
      fieldOfAction: { de: 'Handlungsfeld', en: 'Field of action' },
      goal: { de: 'Strategisches Ziel', en: 'Strategic goal' },
      implementationStatus: {
        de: 'Status',
        en: 'Status',
        help: 'Jede Veröffentlichung hält den Status in der Versionsgeschichte fest.',
      },
      responsibleUnit: {
        de: 'Zuständige Stelle',
        en: 'Responsible unit',
        help: 'Fachbereich oder Stelle, kein Personenname.',
      },
      startDate: { de: 'Beginn', en: 'Start' },
      endDate: { de: 'Ende', en: 'End' },
      progressPercent: {
        de: 'Fortschritt in Prozent',
        en: 'Progress (percent)',
        help: 'Leer lassen: dann gilt der Wert des Status (vorgeschlagen/geplant 0, abgeschlossen 100) oder der Durchschnitt der Teilmaßnahmen.',
      },
      progressUpdatedOn: { de: 'Fortschritt zuletzt aktualisiert', en: 'Progress last updated' },
      parent: {
        de: 'Übergeordnete Maßnahme',
        en: 'Parent measure',
        help: 'Macht diese Maßnahme zur Teilmaßnahme: ihr Fortschritt fließt gewichtet in den der übergeordneten ein.',
      },
      subMeasures: { de: 'Teilmaßnahmen', en: 'Sub-measures' },
      weight: {
        de: 'Gewicht',
        en: 'Weight',
        help: 'Wie stark diese Teilmaßnahme in den Fortschritt der übergeordneten eingeht (1 bis 100).',
      },
      milestones: { de: 'Meilensteine', en: 'Milestones' },
      indicators: {
        de: 'Indikatoren',
        en: 'Indicators',
        help: `Woran sich der Erfolg messen lässt, als Liste. ${MARKDOWN_HELP}`,
      },
      participationEvents: {
        de: 'Aus der Beteiligung',
        en: 'From participation',
        help: 'Veranstaltungen, Workshops oder Umfragen, aus denen die Maßnahme hervorging.',
      },
      offers: {
        de: 'Angebote',
        en: 'Offers',
        help: 'Angebote des Wegweisers, die der Maßnahme dienen.',
      },
      position: COMMON_FIELDS.position,
      changeNote,
      ...shared,
    },
    list: ['title', 'fieldOfAction', 'implementationStatus', 'progressPercent'],
    sort: 'position:ASC',
  },
  'plugin::teilhabe.concept-milestone': {
    name: { de: 'Meilenstein', en: 'Milestone' },
    fields: {
      text: { de: 'Text', en: 'Text', help: 'Was bis zu diesem Datum erreicht sein soll.' },
      date: { de: 'Datum', en: 'Date' },
      reached: { de: 'Erreicht', en: 'Reached' },
      measure: { de: 'Maßnahme', en: 'Measure' },
      ...shared,
    },
    list: ['text', 'date', 'reached', 'measure'],
    sort: 'date:ASC',
  },
  'plugin::teilhabe.participation-event': {
    name: { de: 'Beteiligung', en: 'Participation event' },
    fields: {
      title: COMMON_FIELDS.title,
      slug,
      kind: { de: 'Art', en: 'Kind' },
      date: { de: 'Datum', en: 'Date' },
      format: { de: 'Format', en: 'Format' },
      participantCount: {
        de: 'Zahl der Teilnehmenden',
        en: 'Number of participants',
        help: 'Nur die Zahl – niemals Namen.',
      },
      organiser: {
        de: 'Veranstaltet von',
        en: 'Organised by',
        help: 'Eine Stelle, kein Personenname.',
      },
      summary: COMMON_FIELDS.summary,
      results: { de: 'Ergebnisse', en: 'Results', help: MARKDOWN_HELP },
      demands: {
        de: 'Forderungen und Wünsche',
        en: 'Demands',
        help: `Was die Teilnehmenden gefordert haben („Ihr habt gesagt“). ${MARKDOWN_HELP}`,
      },
      fieldsOfAction: { de: 'Handlungsfelder', en: 'Fields of action' },
      measures: { de: 'Daraus entstandene Maßnahmen', en: 'Resulting measures' },
      ...shared,
    },
    list: ['title', 'kind', 'date', 'participantCount'],
    sort: 'date:ASC',
  },
};

/** The admin's names for the concept's enumeration values. */
export const CONCEPT_OPTIONS = {
  ...COMMON_OPTIONS,
  status_report: { de: 'Sachstandsbericht', en: 'Status report' },
  draft: { de: 'Entwurf', en: 'Draft' },
  adopted: { de: 'Beschlossen', en: 'Adopted' },
  easy_language: { de: 'Leichte Sprache', en: 'Easy language' },
  plain_language: { de: 'Einfache Sprache', en: 'Plain language' },
  proposed: { de: 'Vorgeschlagen', en: 'Proposed' },
  planned: { de: 'Geplant', en: 'Planned' },
  in_progress: { de: 'In Umsetzung', en: 'In progress' },
  done: { de: 'Abgeschlossen', en: 'Done' },
  paused: { de: 'Pausiert', en: 'Paused' },
  dropped: { de: 'Verworfen', en: 'Dropped' },
  event: { de: 'Veranstaltung', en: 'Event' },
  workshop: { de: 'Workshop', en: 'Workshop' },
  survey: { de: 'Umfrage', en: 'Survey' },
  on_site: { de: 'Vor Ort', en: 'On site' },
  online: { de: 'Online', en: 'Online' },
} satisfies OptionLabels;
