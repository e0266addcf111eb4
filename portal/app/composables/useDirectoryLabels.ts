import type { ActiveFilter } from '#shared/directory-query';
import { formatAge, formatEuro, formatLanguageName, formatNumber } from '#shared/format';
import type {
  DirectoryTaxonomiesView,
  OfferCostView,
  TaxonomyTermView,
} from '#shared/types/view-models';

/**
 * Texts for filter values and offer facts in the current locale: taxonomy
 * labels from the CMS, everything else from the UI strings and `Intl`.
 * @param taxonomies the directory's taxonomies, when loaded
 * @returns label helpers
 */
export function useDirectoryLabels(
  taxonomies: MaybeRefOrGetter<DirectoryTaxonomiesView | null | undefined>
) {
  const { t, locale, localeProperties } = useI18n();
  const language = computed(() => localeProperties.value.language ?? locale.value);

  const label = (list: readonly TaxonomyTermView[] | undefined, code: string) =>
    list?.find((term) => term.code === code)?.label.text ?? code;

  /** "Ortsteil: Ahlten", for the list of active filters and their remove links. */
  function describeFilter(filter: ActiveFilter): string {
    const vocabulary = toValue(taxonomies);
    const item = (group: string, value: string) =>
      t('directory.activeFilters.item', { group: t(group), value });
    switch (filter.key) {
      case 'q':
        return item('directory.search.label', filter.value);
      case 'category':
        return item('directory.filters.category', label(vocabulary?.categories, filter.value));
      case 'districts':
        return item('directory.filters.district', label(vocabulary?.districts, filter.value));
      case 'targetGroups':
        return item('directory.filters.targetGroup', label(vocabulary?.targetGroups, filter.value));
      case 'courseTypes':
        return item('directory.filters.courseType', label(vocabulary?.courseTypes, filter.value));
      case 'languages':
        return item('directory.filters.language', formatLanguageName(filter.value, language.value));
      case 'cost':
        return t('directory.filters.costFree');
      case 'accessibility':
        return item(
          'directory.filters.accessibility',
          t(`directory.accessibility.${filter.value}`)
        );
      case 'levels':
        return item('directory.filters.level', t(`directory.levels.${filter.value}`));
      case 'childcare':
        return t('directory.filters.childcare');
      case 'womenOnly':
        return t('directory.filters.womenOnly');
      case 'startsWithinWeeks':
        return t(
          'directory.filters.startsWithinWeeks',
          { count: formatNumber(Number(filter.value), language.value) },
          Number(filter.value)
        );
    }
  }

  /** "Kostenlos", "25 €", or `null` when the CMS does not say. */
  function costText(cost: OfferCostView): string | null {
    switch (cost.kind) {
      case 'free':
        return t('offer.cost.free');
      case 'amount':
        return formatEuro(cost.amountEuro, language.value);
      default:
        return null;
    }
  }

  /** "1 Jahr bis 3 Jahre", "ab 3 Jahre", or `null` without ages. */
  function ageRangeText(fromMonths: number | null, to: number | null): string | null {
    const age = (months: number) => formatAge(months, language.value);
    // "From 0 months" says nothing; such an offer takes children up to an age.
    const from = fromMonths === 0 ? null : fromMonths;
    if (from !== null && to !== null) {
      return t('offer.childcare.ageRange', { from: age(from), to: age(to) });
    }
    if (from !== null) {
      return t('offer.childcare.ageFrom', { from: age(from) });
    }
    return to !== null ? t('offer.childcare.ageTo', { to: age(to) }) : null;
  }

  return { language, describeFilter, costText, ageRangeText };
}
