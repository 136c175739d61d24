/**
 * The indicator library: common indicators of frequent project types, as
 * data (./data.ts), with search (`searchLibrary({ type, keyword })`) and the
 * cells an indicator puts into a grid.
 */
export * from './types';
export { LIBRARY, PROJECT_TYPES } from './data';
export {
  searchLibrary,
  placeIndicator,
  indicatorCells,
  indicatorRow,
  sampleValueText,
  type GridShape,
} from './search';
