/** The pane with its providers: Fluent theme (light/dark after Office or the system) and language. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { loadEngine as defaultLoadEngine } from './engine';
import { LanguageProvider } from './LanguageContext';
import type { Lang } from './messages';
import { Pane, type PaneProps } from './Pane';
import { useDarkMode } from './useDarkMode';

/** performance.mark set once the pane has first rendered (read by the e2e test). */
export const FIRST_RENDER_MARK = 'kpi-first-render';

export interface AppProps extends Omit<PaneProps, 'loadEngine'> {
  loadEngine?: PaneProps['loadEngine'];
  /** Office.context.officeTheme.bodyBackgroundColor, where the host has one. */
  officeBackground?: string;
  initialLang?: Lang;
}

export function App({ officeBackground, initialLang, loadEngine = defaultLoadEngine, ...pane }: AppProps) {
  const dark = useDarkMode(officeBackground);
  useEffect(() => {
    performance.mark?.(FIRST_RENDER_MARK);
  }, []);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <LanguageProvider initial={initialLang}>
        <Pane {...pane} loadEngine={loadEngine} />
      </LanguageProvider>
    </FluentProvider>
  );
}
