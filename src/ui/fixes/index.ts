/** The fix list of the pane (props-driven; see FixList.tsx). */
export { FixList, type FixListProps } from './FixList';
export { FIX_STRINGS, visibleSpaces, type FixLang, type FixStrings } from './strings';
