export { IndicatorLibraryPanel, type IndicatorLibraryPanelProps } from './IndicatorLibraryPanel';
export { TemplatePicker, type TemplatePickerProps } from './TemplatePicker';
export { libraryMessages, levelName, errorMessage, type LibraryMessages } from './strings';
