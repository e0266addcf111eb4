import { domIdOf } from './dom-ids';

/**
 * Scrolls to a place of the builder and focuses its input; when the place
 * has no element of its own (a list's minimum), the nearest enclosing one.
 * @param path the place's dotted path
 */
export const focusPlace = (path: string): void => {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const element = document.getElementById(domIdOf(segments.slice(0, length).join('.')));
    if (element) {
      const input = element.matches('input, textarea, button, [tabindex]')
        ? element
        : element.querySelector<HTMLElement>(
            'input:not([readonly]), textarea:not([readonly]), button, [role=combobox]'
          );
      element.scrollIntoView({ block: 'center' });
      input?.focus({ preventScroll: true });
      return;
    }
  }
};
