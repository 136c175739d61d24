export { IndicatorLibraryPanel, type IndicatorLibraryPanelProps } from './IndicatorLibraryPanel';
export { TemplatePicker, type TemplatePickerProps } from './TemplatePicker';
