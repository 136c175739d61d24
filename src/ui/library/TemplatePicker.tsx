/**
 * Choose a template (project 2015 / project 2021 / department) and a budget
 * year, and hand them to `onInsert(kind, year)`. In Excel the host inserts
 * the template as a new worksheet (src/addin/insertTemplate.ts with
 * layoutTemplate); the web page may offer the file (src/xlsx/writeTemplate.ts).
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import {
  MAX_YEAR,
  MIN_YEAR,
  TEMPLATE_DEFINITIONS,
  TEMPLATE_KINDS,
  defaultBudgetYear,
  type TemplateKind,
} from '../../core/templates';
import { useLanguage } from '../LanguageContext';
import { errorMessage, messages, type Lang, type Messages } from '../messages';

export interface TemplatePickerProps {
  onInsert(kind: TemplateKind, year: number): void | Promise<unknown>;
  disabled?: boolean;
  /** Language; default: the pane's (LanguageContext). */
  lang?: Lang;
  initialKind?: TemplateKind;
  /** Default: next calendar year. */
  initialYear?: number;
  /** Other wording for the heading, intro and button (the web page makes a new workbook rather than a sheet). */
  texts?: Partial<
    Pick<Messages, 'templateHeading' | 'templateIntro' | 'insertTemplate' | 'insertingTemplate'>
  >;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  option: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalXS },
  detail: { paddingLeft: '32px', color: tokens.colorNeutralForeground3 },
  year: { maxWidth: '200px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

function validYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const y = Number(text);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

export function TemplatePicker({
  onInsert,
  disabled = false,
  lang: langProp,
  initialKind = 'project-2021',
  initialYear,
  texts,
}: TemplatePickerProps) {
  const { lang: paneLang } = useLanguage();
  const lang = langProp ?? paneLang;
  const t = { ...messages[lang], ...texts };
  const s = useStyles();
  const id = useId();
  const [kind, setKind] = useState<TemplateKind>(initialKind);
  const [yearText, setYearText] = useState(String(initialYear ?? defaultBudgetYear()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const year = validYear(yearText);

  const insert = async () => {
    if (year === null) return;
    setBusy(true);
    setError(null);
    try {
      await onInsert(kind, year);
    } catch (e) {
      setError(errorMessage(e, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={s.root} aria-labelledby={`${id}-heading`} data-testid="template-picker">
      <Text as="h2" id={`${id}-heading`} size={400} weight="semibold">
        {t.templateHeading}
      </Text>
      <Text>{t.templateIntro}</Text>
      <Field label={t.templateKindLabel}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as TemplateKind)}>
          {TEMPLATE_KINDS.map((k) => {
            const def = TEMPLATE_DEFINITIONS[k];
            return (
              <div key={k} className={s.option}>
                <Radio value={k} label={def.label[lang]} aria-describedby={`${id}-${k}`} />
                <Text id={`${id}-${k}`} size={200} className={s.detail}>
                  {def.description[lang]}
                </Text>
              </div>
            );
          })}
        </RadioGroup>
      </Field>
      <Field
        className={s.year}
        label={t.yearLabel}
        hint={t.yearHint(MIN_YEAR, MAX_YEAR)}
        validationState={year === null ? 'error' : 'none'}
        validationMessage={year === null ? t.yearInvalid(MIN_YEAR, MAX_YEAR) : undefined}
      >
        <Input
          type="number"
          inputMode="numeric"
          min={MIN_YEAR}
          max={MAX_YEAR}
          value={yearText}
          onChange={(_, d) => setYearText(d.value)}
        />
      </Field>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.templateFailed}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={disabled || busy || year === null}
          onClick={() => void insert()}
        >
          {busy ? t.insertingTemplate : t.insertTemplate}
        </Button>
      </div>
    </section>
  );
}
