/**
 * The element id of a place in the builder, so the error summary can lead to it.
 * @param path a dotted path, e.g. `steps.0.fields.2.key`
 */
export const domIdOf = (path: string): string => `form-builder-${path.replace(/\./g, '-')}`;
