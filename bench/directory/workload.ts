/**
 * The requests of the benchmark: the portal's own `Directory` operation with
 * the variables its directory page sends for typical visits, one per locale
 * and mixing search, filters and pagination. Each request must find offers;
 * the runner checks that before it measures.
 */
export interface DirectoryVisit {
  name: string;
  variables: Record<string, unknown>;
}

export const DIRECTORY_VISITS: DirectoryVisit[] = [
  { name: 'de: first page, no filter', variables: { locale: 'de' } },
  { name: 'de: search "deutsch"', variables: { locale: 'de', search: 'deutsch' } },
  {
    name: 'ar: language courses in Kernstadt',
    variables: { locale: 'ar', category: 'language-course', districts: ['kernstadt'] },
  },
  {
    name: 'uk: search "курс", level A1 or A2',
    variables: { locale: 'uk', search: 'курс', levels: ['A1', 'A2'] },
  },
  {
    name: 'fa: search "مشاوره" (counselling), page 2',
    variables: { locale: 'fa', search: 'مشاوره', page: 2 },
  },
  {
    name: 'tr: free and step-free',
    variables: { locale: 'tr', cost: 'free', accessibility: ['step_free_access'] },
  },
  {
    name: 'en: search "childcare", parents',
    variables: { locale: 'en', search: 'childcare', targetGroups: ['parents'] },
  },
  {
    name: 'ru: courses starting within 8 weeks, staff speak Russian',
    variables: {
      locale: 'ru',
      category: 'language-course',
      startsWithinWeeks: 8,
      languages: ['ru'],
    },
  },
];
