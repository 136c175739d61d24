/**
 * "How this workbook was read": a disclosure that, when opened, works out the
 * reader's account (core/reader/explain, as `kpicheck explain` prints it:
 * each table's range, header rows, column roles and why, rows skipped) from
 * the grid checked and shows it as plain text in the UI language. The
 * explanation module is fetched and run only when opened.
 */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import type { WorkbookGrid } from '../core/grid';
import type { SheetExplanation } from '../core/reader/explain';
import type { Profile } from '../core/profile';
import { useLanguage } from './LanguageContext';
import { messages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  text: {
    margin: 0,
    maxHeight: '420px',
    maxWidth: '100%',
    overflow: 'auto',
    whiteSpace: 'pre',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

interface Props {
  grid: WorkbookGrid;
  /** The profile's framework, read the same way the check read it. */
  framework?: Profile['framework'];
}

type Explained = { sheets: SheetExplanation[]; format: (s: SheetExplanation[], lang: 'zh' | 'en') => string };

export function ReadingExplanation({ grid, framework }: Props) {
  const { lang } = useLanguage();
  const m = messages[lang];
  const s = useStyles();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{ of: WorkbookGrid; explained: Explained } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open || done?.of === grid) return;
    let live = true;
    import(/* webpackChunkName: "core" */ '../core/reader/explain').then(
      (x) => {
        if (!live) return;
        const sheets = x.explainWorkbook(grid, { framework });
        setDone({ of: grid, explained: { sheets, format: x.formatExplanation } });
      },
      (err: unknown) => live && setError(String(err)),
    );
    return () => {
      live = false;
    };
  }, [open, grid, framework, done]);

  const ready = done?.of === grid ? done.explained : null;
  return (
    <div className={s.root} data-testid="reading-explanation">
      <Button
        size="small"
        appearance="subtle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((x) => !x)}
      >
        {open ? m.explainHide : m.explainShow}
      </Button>
      {open &&
        (ready ? (
          <pre
            id={id}
            className={s.text}
            aria-label={m.explainTitle}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling box must take focus to scroll by keyboard
            tabIndex={0}
            data-testid="reading-text"
          >
            {ready.format(ready.sheets, lang)}
          </pre>
        ) : error ? (
          <span id={id} role="alert">
            {error}
          </span>
        ) : (
          <Spinner id={id} size="tiny" label={m.explainLoading} />
        ))}
    </div>
  );
}
