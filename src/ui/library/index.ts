export { IndicatorLibraryPanel } from './IndicatorLibraryPanel';
export { TemplatePicker } from './TemplatePicker';
