/**
 * The indicator library: search by project type and keyword, tick
 * indicators (grouped by 一级 › 二级), and hand them to `onInsert`. The host
 * decides where they go (in Excel: src/addin/insertIndicators.ts, under
 * their 二级 in the grid around the selected cell). Selections survive
 * changing the filter; after a successful insert they are cleared (not when
 * `onInsert` resolves to false: the caller reported a failure). An error
 * thrown by `onInsert` is shown in the panel (InsertIndicatorsError carries
 * Chinese and English).
 */
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  SearchBox,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  LIBRARY,
  PROJECT_TYPES,
  searchLibrary,
  type LibraryIndicator,
  type ProjectTypeId,
} from '../../core/library';
import { LEVEL2 } from '../../core/vocabulary/levels';
import { useLanguage } from '../LanguageContext';
import { errorMessage, levelName, messages, type Lang } from '../messages';

export interface IndicatorLibraryPanelProps {
  /**
   * Called with the ticked indicators, in library order. May return a promise
   * (the panel shows it is busy). Resolving to `false` means nothing was
   * inserted and the caller has said why (the pane's notices): the ticks stay.
   */
  onInsert(indicators: LibraryIndicator[]): void | Promise<unknown>;
  /** No workbook to insert into, or another action running. */
  disabled?: boolean;
  /** Language; default: the pane's (LanguageContext). */
  lang?: Lang;
  initialType?: ProjectTypeId | 'all';
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  filter: { flexGrow: 1, minWidth: '160px' },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxHeight: '420px',
    overflowY: 'auto',
  },
  groupHeading: { marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  item: { display: 'flex', flexDirection: 'column' },
  detail: { paddingLeft: '32px', color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const LEVEL2_ORDER = new Map<string, number>(LEVEL2.map((l, i) => [l, i]));

function groupByLevel(
  items: LibraryIndicator[],
): { key: string; level1: string; level2: string; items: LibraryIndicator[] }[] {
  const groups = new Map<
    string,
    { key: string; level1: string; level2: string; items: LibraryIndicator[] }
  >();
  for (const ind of items) {
    const key = `${ind.level1}|${ind.level2}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, level1: ind.level1, level2: ind.level2, items: [] }));
    g.items.push(ind);
  }
  return [...groups.values()].sort(
    (a, b) => (LEVEL2_ORDER.get(a.level2) ?? 99) - (LEVEL2_ORDER.get(b.level2) ?? 99),
  );
}

export function IndicatorLibraryPanel({
  onInsert,
  disabled = false,
  lang: langProp,
  initialType = 'all',
}: IndicatorLibraryPanelProps) {
  const { lang: paneLang } = useLanguage();
  const lang = langProp ?? paneLang;
  const t = messages[lang];
  const s = useStyles();
  const headingId = useId();
  const [type, setType] = useState<ProjectTypeId | 'all'>(initialType);
  const [keyword, setKeyword] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const results = useMemo(() => searchLibrary({ type, keyword }), [type, keyword]);
  const groups = useMemo(() => groupByLevel(results), [results]);

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const insert = async () => {
    const chosen = LIBRARY.filter((x) => selected.has(x.id));
    if (!chosen.length) return;
    setBusy(true);
    setError(null);
    try {
      if ((await onInsert(chosen)) !== false) setSelected(new Set());
    } catch (e) {
      setError(errorMessage(e, lang));
    } finally {
      setBusy(false);
    }
  };

  const typeName = (id: string) => {
    const pt = PROJECT_TYPES.find((p) => p.id === id);
    return pt ? (lang === 'en' ? pt.en : pt.zh) : id;
  };

  return (
    <section className={s.root} aria-labelledby={headingId} data-testid="indicator-library">
      <Text as="h2" id={headingId} size={400} weight="semibold">
        {t.libraryHeading}
      </Text>
      <Text>{t.libraryIntro}</Text>
      <div className={s.filters}>
        <Field className={s.filter} label={t.typeLabel}>
          <Select value={type} onChange={(_, d) => setType(d.value as ProjectTypeId | 'all')}>
            <option value="all">{t.allTypes}</option>
            {PROJECT_TYPES.map((p) => (
              <option key={p.id} value={p.id}>
                {lang === 'en' ? `${p.en} (${p.zh})` : p.zh}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={s.filter} label={t.keywordLabel}>
          <SearchBox
            value={keyword}
            placeholder={t.keywordPlaceholder}
            onChange={(_, d) => setKeyword(d.value)}
          />
        </Field>
      </div>
      <Text role="status" aria-live="polite" data-testid="library-count">
        {results.length ? t.resultCount(results.length) : t.noResults}
        {selected.size ? ` · ${t.selectedCount(selected.size)}` : ''}
      </Text>
      <div className={s.list} role="group" aria-label={t.resultsLabel}>
        {groups.map((g) => (
          <div key={g.key} role="group" aria-labelledby={`${headingId}-${g.key}`}>
            <Text
              as="h3"
              id={`${headingId}-${g.key}`}
              size={200}
              weight="semibold"
              className={s.groupHeading}
              block
            >
              {levelName(g.level1, lang)} › {levelName(g.level2, lang)}
            </Text>
            {g.items.map((ind) => {
              const detailId = `${headingId}-${ind.id}`;
              const meta = [t.natureAndUnit(ind.nature, ind.unit), t.example(String(ind.sample))];
              if (type === 'all') meta.unshift(typeName(ind.type));
              return (
                <div key={ind.id} className={s.item}>
                  <Checkbox
                    label={ind.name}
                    checked={selected.has(ind.id)}
                    onChange={(_, d) => toggle(ind.id, d.checked === true)}
                    aria-describedby={detailId}
                    data-indicator={ind.id}
                  />
                  <Text id={detailId} size={200} className={s.detail}>
                    {ind.description} · {meta.join(' · ')}
                  </Text>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.insertFailed}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={disabled || busy || !selected.size}
          onClick={() => void insert()}
        >
          {busy ? t.inserting : t.insertSelected(selected.size)}
        </Button>
        <Button disabled={busy || !selected.size} onClick={() => setSelected(new Set())}>
          {t.clearSelection}
        </Button>
      </div>
    </section>
  );
}
