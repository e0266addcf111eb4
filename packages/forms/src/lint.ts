import type {
  CommentPublishing,
  Condition,
  FormDefinition,
  FormField,
  FormSettings,
  GroupItemField,
} from './definition.ts';
import { patternProblem } from './pattern.ts';
import type { PatternUnsafety } from './pattern-safety.ts';

/**
 * Checks of a form beyond its zod shape, which the builder shows while an
 * editor works and publishing enforces: a form with any issue cannot be
 * published. Messages are German, for editors; they name fields by their
 * German label and never show keys or JSON.
 */

/** One problem, where it is in the definition (`["steps", 0, "fields", 2]`) and what to do. */
export interface LintIssue {
  path: (string | number)[];
  message: string;
}

/** What a form is linted as: its definition, and its settings where known. */
export interface LintInput {
  definition: FormDefinition;
  settings?: Pick<FormSettings, 'anonymous' | 'allowUploadsWhenAnonymous'>;
}

type AnyField = FormField | GroupItemField;
type Path = (string | number)[];

/** How to rewrite a pattern that could backtrack too long. */
const PATTERN_ADVICE: Record<PatternUnsafety, string> = {
  backreference: 'Verweise auf frühere Gruppen (\\1, \\k<…>) sind nicht möglich.',
  nestedRepetition:
    'Wiederholen Sie keine Gruppe, die selbst Wiederholungen oder Alternativen (|) enthält, zum Beispiel „[A-Za-z ]+“ statt „(\\w+ ?)+“.',
  tooMuchBacktracking:
    'Es hat zu viele offene Wiederholungen (+, *) hintereinander. Begrenzen Sie sie, zum Beispiel „\\d{1,6}“ statt „\\d+“.',
};

/** Field types that identify a person and must not be required in an anonymous form. */
const IDENTIFYING = new Set<AnyField['type']>(['name', 'email', 'phone', 'address']);

const labelOf = (field: AnyField): string => `„${field.label.de}“`;

/** A top-level field that answers come from, as a condition sees it. */
interface Earlier {
  field: FormField;
}

/** What is wrong with a condition, or `undefined`. */
const conditionProblem = (
  condition: Condition,
  earlier: ReadonlyMap<string, Earlier>
): string | undefined => {
  const target = earlier.get(condition.field)?.field;
  if (target === undefined) {
    return 'Die Bedingung bezieht sich auf ein Feld, das nicht vorher im Formular steht. Wählen Sie ein Feld aus einem früheren Schritt oder weiter oben im selben Schritt.';
  }
  const name = labelOf(target);
  if (target.type === 'heading' || target.type === 'info') {
    return `Die Bedingung bezieht sich auf ${name}, das keine Antwort hat. Wählen Sie ein Eingabefeld.`;
  }
  if (condition.operator === 'answered') {
    return condition.value === undefined
      ? undefined
      : 'Die Bedingung „ist ausgefüllt“ braucht keinen Wert. Entfernen Sie den Wert.';
  }
  if (condition.value === undefined) {
    return 'Geben Sie an, mit welchem Wert die Bedingung vergleicht.';
  }
  const isChoice = target.type === 'singleChoice' || target.type === 'multipleChoice';
  if (condition.operator === 'includes') {
    if (target.type !== 'multipleChoice') {
      return `„Enthält“ passt nur zu Mehrfachauswahlen; ${name} ist keine. Wählen Sie „ist gleich“.`;
    }
  } else if (target.type === 'multipleChoice') {
    return `${name} ist eine Mehrfachauswahl: Wählen Sie „enthält“ statt „ist gleich“ oder „ist nicht gleich“.`;
  }
  if (isChoice) {
    if (target.optionsFromDirectory !== undefined) {
      return `Die Antworten von ${name} kommen aus dem Verzeichnis und können sich ändern. Bedingungen mit einem Wert sind dort nicht möglich; nehmen Sie „ist ausgefüllt“.`;
    }
    return target.options.some((option) => option.value === condition.value)
      ? undefined
      : `Der Wert der Bedingung ist keine Antwort von ${name}. Wählen Sie eine der Antworten.`;
  }
  if (target.type === 'yesNo' || target.type === 'consent') {
    return typeof condition.value === 'boolean'
      ? undefined
      : `${name} hat die Antworten Ja und Nein. Vergleichen Sie mit Ja oder Nein.`;
  }
  if (target.type === 'number') {
    return typeof condition.value === 'number'
      ? undefined
      : `${name} ist ein Zahlenfeld. Vergleichen Sie mit einer Zahl.`;
  }
  if (target.type === 'shortText' || target.type === 'email' || target.type === 'date') {
    return typeof condition.value === 'string'
      ? undefined
      : `Vergleichen Sie ${name} mit einem Text.`;
  }
  return `Bei ${name} ist nur die Bedingung „ist ausgefüllt“ möglich.`;
};

/** The issues of one field's own rules: bounds that contradict each other, patterns, options. */
const fieldRuleIssues = (field: AnyField, path: Path, issues: LintIssue[]): void => {
  const name = labelOf(field);
  const add = (message: string) => issues.push({ path, message });
  if ('purpose' in field && field.purpose.trim() === '') {
    add(`Geben Sie bei ${name} an, wofür die Angabe gebraucht wird (Zweck, Datenminimierung).`);
  }
  if (
    (field.type === 'shortText' || field.type === 'longText') &&
    (field.minLength ?? 0) > field.maxLength
  ) {
    add(`Bei ${name} ist die Mindestlänge größer als die Höchstlänge.`);
  }
  if (field.type === 'shortText' && field.pattern !== undefined) {
    const problem = patternProblem(field.pattern);
    if (problem === 'invalid') {
      add(`Das Muster von ${name} ist kein gültiger regulärer Ausdruck.`);
    } else if (problem !== undefined) {
      add(
        `Das Muster von ${name} könnte bei langen Eingaben sehr lange rechnen. ${PATTERN_ADVICE[problem]}`
      );
    }
  }
  if (
    field.type === 'number' &&
    field.min !== undefined &&
    field.max !== undefined &&
    field.min > field.max
  ) {
    add(`Bei ${name} ist der kleinste erlaubte Wert größer als der größte.`);
  }
  if (
    field.type === 'date' &&
    typeof field.min === 'string' &&
    typeof field.max === 'string' &&
    field.min > field.max
  ) {
    add(`Bei ${name} liegt das früheste erlaubte Datum nach dem spätesten.`);
  }
  if (field.type === 'singleChoice' || field.type === 'multipleChoice') {
    if (field.optionsFromDirectory === undefined && field.options.length === 0) {
      add(
        `${name} hat keine Antworten. Fügen Sie Antworten hinzu oder wählen Sie eine Kategorie des Verzeichnisses.`
      );
    }
    if (field.optionsFromDirectory !== undefined && field.options.length > 0) {
      add(
        `${name} hat eigene Antworten und Antworten aus dem Verzeichnis. Wählen Sie eines von beiden.`
      );
    }
    const values = field.options.map((option) => option.value);
    if (new Set(values).size !== values.length) {
      add(`${name} hat zwei Antworten mit demselben Wert.`);
    }
  }
  if (
    field.type === 'singleChoice' &&
    field.statistical === true &&
    field.optionsFromDirectory !== undefined
  ) {
    add(
      `${name} ist statistisch auswertbar und braucht dafür eigene, feste Antworten: Antworten aus dem Verzeichnis ändern sich und können nicht gezählt werden.`
    );
  }
  if (field.type === 'multipleChoice') {
    if ((field.minSelected ?? 0) > (field.maxSelected ?? Infinity)) {
      add(`Bei ${name} ist die Mindestzahl der Antworten größer als die Höchstzahl.`);
    }
    if (
      field.optionsFromDirectory === undefined &&
      (field.minSelected ?? 0) > field.options.length
    ) {
      add(`Bei ${name} sollen mehr Antworten gewählt werden, als es gibt.`);
    }
  }
  if (field.type === 'group' && field.minItems > field.maxItems) {
    add(`Bei ${name} ist die Mindestzahl der Einträge größer als die Höchstzahl.`);
  }
};

/** The issues anonymous mode brings: nothing that identifies a person required, no uploads unless allowed. */
const anonymousIssues = (
  field: AnyField,
  path: Path,
  input: LintInput,
  issues: LintIssue[]
): void => {
  if (input.settings?.anonymous !== true) {
    return;
  }
  if (IDENTIFYING.has(field.type) && 'required' in field && field.required) {
    issues.push({
      path,
      message: `Das Formular ist anonym: ${labelOf(field)} darf keine Pflichtangabe sein.`,
    });
  }
  if (field.type === 'file' && !input.settings.allowUploadsWhenAnonymous) {
    issues.push({
      path,
      message: `Das Formular ist anonym: Datei-Uploads sind aus. Entfernen Sie ${labelOf(field)} oder erlauben Sie Uploads in anonymen Formularen.`,
    });
  }
};

/** A role of comment publishing: the field with the text, the subject or the consent. */
export type CommentPublishingRole = keyof CommentPublishing;

/**
 * A top-level field as comment publishing sees it; a field of a finished
 * definition is one, and so is a field of the builder's draft.
 */
export interface CommentPublishingCandidate {
  key: string;
  type: FormField['type'];
  required?: boolean;
  optionsFromDirectory?: unknown;
}

/**
 * Which fields can take each role of comment publishing: the text a short or
 * long text; the subject a single choice with fixed answers (not from the
 * directory) or a short text; the consent a required consent.
 */
export const COMMENT_PUBLISHING_FITS: Record<
  CommentPublishingRole,
  (field: CommentPublishingCandidate) => boolean
> = {
  textField: (field) => field.type === 'shortText' || field.type === 'longText',
  subjectField: (field) =>
    field.type === 'shortText' ||
    (field.type === 'singleChoice' && field.optionsFromDirectory === undefined),
  consentField: (field) => field.type === 'consent' && field.required === true,
};

/** What is missing when a role names no fitting field. */
const COMMENT_PUBLISHING_MISSING: Record<CommentPublishingRole, string> = {
  textField: 'ein Kurz- oder Langtextfeld mit dem Text',
  subjectField: 'ein Feld für das Thema (Einfachauswahl mit eigenen Antworten oder Kurztext)',
  consentField: 'eine Einwilligung in die Veröffentlichung als Pflichtfeld',
};

/**
 * The issues of the comment publishing: each role names a top-level field
 * that fits it (`COMMENT_PUBLISHING_FITS`). The builder asks this of a
 * half-done draft too, so an editor sees the same message as publishing gives.
 * @param publishing the field key of each role, as far as chosen
 * @param fields the form's top-level fields, in form order
 * @returns one issue per role without a fitting field, at `commentPublishing.<role>`
 */
export const commentPublishingIssues = (
  publishing: Partial<Record<CommentPublishingRole, string>>,
  fields: readonly CommentPublishingCandidate[]
): LintIssue[] =>
  (Object.keys(COMMENT_PUBLISHING_FITS) as CommentPublishingRole[]).flatMap((role) => {
    const field = fields.find((candidate) => candidate.key === publishing[role]);
    return field !== undefined && COMMENT_PUBLISHING_FITS[role](field)
      ? []
      : [
          {
            path: ['commentPublishing', role],
            message: `Für die Veröffentlichung als Kommentar fehlt ${COMMENT_PUBLISHING_MISSING[role]}.`,
          },
        ];
  });

/**
 * Every issue of a form's definition (and settings, when given) that its zod
 * shape cannot express: field keys unique in the whole form (group fields
 * included) and step keys unique; conditions that refer to an earlier
 * top-level field and compare with a value it can have; status codes unique,
 * and, unless anonymous, at least one status that closes the case (it starts
 * the retention period, P-05); a purpose for every input field (P-02); bounds that agree;
 * patterns that compile and cannot backtrack exponentially; in anonymous
 * forms no required name, e-mail, phone or address, and no file upload
 * unless allowed; a statistical single choice with fixed answers and
 * outside repeated groups; comment publishing that names fitting fields.
 * @returns the issues in form order; empty when the form can be published
 */
export const lintForm = (input: LintInput): LintIssue[] => {
  const { definition } = input;
  const issues: LintIssue[] = [];
  const earlier = new Map<string, Earlier>();
  const seenKeys = new Set<string>();
  const seenSteps = new Set<string>();

  const checkKey = (field: AnyField, path: Path) => {
    if (seenKeys.has(field.key)) {
      issues.push({
        path,
        message: `Der Schlüssel von ${labelOf(field)} kommt im Formular zweimal vor. Jedes Feld braucht einen eigenen.`,
      });
    }
    seenKeys.add(field.key);
  };
  const checkCondition = (condition: Condition | undefined, path: Path) => {
    const problem = condition === undefined ? undefined : conditionProblem(condition, earlier);
    if (problem !== undefined) {
      issues.push({ path: [...path, 'condition'], message: problem });
    }
  };

  definition.steps.forEach((step, stepIndex) => {
    const stepPath: Path = ['steps', stepIndex];
    if (seenSteps.has(step.key)) {
      issues.push({
        path: stepPath,
        message: `Der Schlüssel des Schritts „${step.title.de}“ kommt zweimal vor.`,
      });
    }
    seenSteps.add(step.key);
    checkCondition(step.condition, stepPath);
    step.fields.forEach((field, fieldIndex) => {
      const path: Path = [...stepPath, 'fields', fieldIndex];
      checkKey(field, path);
      checkCondition(field.condition, path);
      fieldRuleIssues(field, path, issues);
      anonymousIssues(field, path, input, issues);
      if (field.type === 'group') {
        field.fields.forEach((itemField, itemIndex) => {
          const itemPath: Path = [...path, 'fields', itemIndex];
          checkKey(itemField, itemPath);
          checkCondition(itemField.condition, itemPath);
          fieldRuleIssues(itemField, itemPath, issues);
          anonymousIssues(itemField, itemPath, input, issues);
          if (itemField.type === 'singleChoice' && itemField.statistical === true) {
            issues.push({
              path: itemPath,
              message: `${labelOf(itemField)} steht in einer wiederholbaren Gruppe und kann nicht statistisch ausgewertet werden. Entfernen Sie dort „Statistisch auswertbar“.`,
            });
          }
        });
      }
      // Only now: a field's condition cannot refer to the field itself.
      earlier.set(field.key, { field });
    });
  });

  if (definition.commentPublishing !== undefined) {
    const topLevel = [...earlier.values()].map(({ field }) => field);
    issues.push(...commentPublishingIssues(definition.commentPublishing, topLevel));
  }

  const codes = new Set<string>();
  definition.statuses.forEach((status, index) => {
    if (codes.has(status.code)) {
      issues.push({
        path: ['statuses', index],
        message: `Der Status „${status.label.de}“ hat denselben Code wie ein anderer.`,
      });
    }
    codes.add(status.code);
  });
  // An anonymous submission's retention runs from the day it was sent, so it needs no closing status.
  if (
    input.settings?.anonymous !== true &&
    !definition.statuses.some((status) => status.closesCase)
  ) {
    issues.push({
      path: ['statuses'],
      message:
        'Mindestens ein Status muss den Vorgang abschließen: mit ihm beginnt die Aufbewahrungsfrist.',
    });
  }
  return issues;
};
