/** Web page only: open a workbook from disk (picker) or the bundled sample. Drag-and-drop is FileDropArea's. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTableRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useLanguage } from './LanguageContext';

/** What the picker offers: every format the reader takes (.xlsm, .xlsb and .ods too). */
export const ACCEPTED_FILES =
  '.xlsx,.xlsm,.xls,.xlsb,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { flexBasis: '100%', color: tokens.colorNeutralForeground2 },
  input: { display: 'none' },
});

interface Props {
  busy: boolean;
  onFile(file: File): void;
  onSample(): void;
}

export function WebFileBar({ busy, onFile, onSample }: Props) {
  const { t } = useLanguage();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={s.root}>
      <input
        ref={input}
        className={s.input}
        type="file"
        accept={ACCEPTED_FILES}
        aria-label={t.openFileLabel}
        data-testid="file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file can be opened again
          if (file) onFile(file);
        }}
      />
      <Button
        appearance="primary"
        icon={<FolderOpenRegular />}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {t.openFile}
      </Button>
      <Button icon={<DocumentTableRegular />} disabled={busy} onClick={onSample}>
        {t.openSample}
      </Button>
      <Text size={200} className={s.hint}>
        {t.dropHint}
      </Text>
    </div>
  );
}
