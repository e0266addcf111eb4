import type { FormLocale } from '@teilhabe/forms';
import { createContext, useContext } from 'react';
import type { BuilderIssue } from './issues';

/** What every part of the builder needs besides its own piece of the draft. */
export interface BuilderState {
  /** The locale being translated into; `null`: German only. */
  target: FormLocale | null;
  issues: readonly BuilderIssue[];
  disabled: boolean;
  isOpen(path: string): boolean;
  setOpen(path: string, open: boolean): void;
  /** Keeps open cards with their items when a list changes (see `open-cards.ts`). */
  moved(list: string, from: number, to: number): void;
  removed(list: string, index: number): void;
  /**
   * Keys and codes created in this editing session, by list: they follow the
   * German label until the editor changes them by hand. Stored ones never do.
   */
  isAutoKey(list: string, key: string): boolean;
  setAutoKey(list: string, key: string, auto: boolean): void;
  /** A top-level field's key followed its label: conditions on it follow with the next change. */
  keyRenamed(from: string, to: string): void;
}

export const BuilderContext = createContext<BuilderState | null>(null);

/** The builder's shared state; only inside `FormDefinitionInput`. */
export const useBuilder = (): BuilderState => {
  const state = useContext(BuilderContext);
  if (!state) {
    throw new Error('useBuilder outside the form builder');
  }
  return state;
};
