/** The fix list of the pane (props-driven; see FixList.tsx). */
export { FixList, type FixListProps } from './FixList';
