import {
  codeSchema,
  courseScheduleSchema,
  dateSchema,
  httpUrlSchema,
  languageCodesSchema,
  lifeSituationIconSchema,
  openingHoursSchema,
  slugSchema,
} from 'strapi-plugin-teilhabe/schemas';
import { z } from 'zod';

/**
 * Shapes of the demo data files in `data/`. Structure files (`<name>.yaml`)
 * hold what every locale shares; text files (`<name>.<locale>.yaml`) hold
 * texts only, keyed by the codes, slugs and keys of the structure file, so
 * that a translation cannot change structure. Field formats come from the
 * plugin's own schemas; text lengths are the content types' `maxLength`.
 */

/** A text as an editor would enter it: not empty, no spaces around it. */
const text = (maxLength?: number) => {
  const base = z
    .string()
    .min(1, 'the text is empty')
    .refine((value) => value.trim() === value, 'remove the spaces at the start or end');
  return maxLength === undefined
    ? base
    : base.refine((value) => value.length <= maxLength, `at most ${maxLength} characters`);
};

/** A reference to an entry of another file: its key or code. */
const key = slugSchema;
const keys = z.array(key);
const count = z.number().int().min(0);

const translationStatus = z.enum(['source', 'demo_translation', 'reviewed_translation']);

// ---- editorial -----------------------------------------------------------

export const siteSettingFile = z.object({ accessibilityFeedbackEmail: z.email() }).strict();

export const siteSettingTextsFile = z
  .object({
    translationStatus,
    cityName: text(120),
    siteTitle: text(120),
    welcomeHeading: text(200),
    welcomeText: text(1000),
    footerText: text(500),
  })
  .strict();

export const lifeSituationsFile = z
  .object({
    lifeSituations: z.array(
      z
        .object({
          code: codeSchema,
          position: count,
          icon: lifeSituationIconSchema,
          directoryCategory: codeSchema,
        })
        .strict()
    ),
  })
  .strict();

export const lifeSituationsTextsFile = z
  .object({
    translationStatus,
    lifeSituations: z.record(
      z.string(),
      z.object({ title: text(120), teaser: text(300) }).strict()
    ),
  })
  .strict();

export const pagesFile = z
  .object({
    pages: z.array(
      z
        .object({
          slug: slugSchema,
          role: z.enum(['imprint', 'privacy', 'accessibility', 'easy_language', 'other']),
        })
        .strict()
    ),
  })
  .strict();

export const pagesTextsFile = z
  .object({
    translationStatus,
    pages: z.record(
      z.string(),
      z.object({ title: text(200), summary: text(500), body: text() }).strict()
    ),
  })
  .strict();

// ---- directory -----------------------------------------------------------

const terms = z.array(z.object({ code: codeSchema, position: count }).strict());

export const taxonomiesFile = z
  .object({ categories: terms, targetGroups: terms, districts: terms, courseTypes: terms })
  .strict();

const labels = z.record(z.string(), text(120));

export const taxonomiesTextsFile = z
  .object({ categories: labels, targetGroups: labels, districts: labels, courseTypes: labels })
  .strict();

export const providersFile = z
  .object({
    providers: z.array(
      z.object({ key, name: text(200), website: httpUrlSchema.max(500).optional() }).strict()
    ),
  })
  .strict();

export const providersTextsFile = z
  .object({ providers: z.record(z.string(), text(2000)) })
  .strict();

export const locationsFile = z
  .object({
    locations: z.array(
      z
        .object({
          key,
          name: text(200),
          street: text(200),
          postalCode: z.string().regex(/^\d{5}$/, 'use a German postal code such as "31275"'),
          city: text(100),
          district: codeSchema,
          latitude: z.number().min(-90).max(90),
          longitude: z.number().min(-180).max(180),
        })
        .strict()
    ),
  })
  .strict();

export const contactsFile = z
  .object({
    contacts: z.array(
      z
        .object({
          key,
          phone: text(50).optional(),
          email: z.email().optional(),
          languages: languageCodesSchema,
        })
        .strict()
    ),
  })
  .strict();

export const contactsTextsFile = z.object({ contacts: z.record(z.string(), text(200)) }).strict();

const offer = z
  .object({
    slug: slugSchema,
    renamedFrom: slugSchema.optional(),
    category: codeSchema,
    targetGroups: z.array(codeSchema),
    staffLanguages: languageCodesSchema,
    cost: z.discriminatedUnion('type', [
      z.object({ type: z.literal('free') }).strict(),
      z.object({ type: z.literal('amount'), amountEuro: z.number().min(0) }).strict(),
    ]),
    accessibility: z
      .object({
        stepFreeAccess: z.boolean(),
        accessibleToilet: z.boolean(),
        hearingLoop: z.boolean(),
      })
      .strict(),
    interpreterAvailable: z.boolean(),
    appointmentNeeded: z.boolean(),
    openingHours: openingHoursSchema.optional(),
    validFrom: dateSchema.optional(),
    validUntil: dateSchema.optional(),
    lastVerified: dateSchema,
    /** `label` names an entry of `linkLabels` in the text files. */
    links: z.array(z.object({ url: httpUrlSchema, label: z.string() }).strict()).max(20),
    provider: key,
    locations: keys,
    contacts: keys,
    /** Slug of the demo form (`forms/<slug>.yaml`) to register with. */
    registrationForm: slugSchema.optional(),
    languageCourse: z
      .object({
        level: z.enum(['literacy', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']),
        courseType: codeSchema,
        startDate: dateSchema,
        endDate: dateSchema,
        schedule: courseScheduleSchema,
        seatsTotal: count,
        seatsFree: count,
        childcare: z.boolean(),
        womenOnly: z.boolean(),
        /** Names an entry of `fundingNotes` in the text files. */
        fundingNote: z.string().optional(),
      })
      .strict()
      .optional(),
    childcare: z
      .object({
        ageFromMonths: count.max(216),
        ageToMonths: count.max(216),
        hours: text(200),
        places: count.optional(),
        registrationUrl: httpUrlSchema.max(500).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const offersFile = z.object({ offers: z.array(offer) }).strict();

export const offersTextsFile = z
  .object({
    translationStatus,
    linkLabels: z.record(z.string(), text(120)),
    fundingNotes: z.record(z.string(), text(500)),
    offers: z.record(
      z.string(),
      z.object({ title: text(200), summary: text(500), description: text() }).strict()
    ),
  })
  .strict();
