/** Web page only: the whole page accepts a dropped workbook; an outline shows while a file is over it. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: { position: 'relative', minHeight: '100vh', boxSizing: 'border-box' },
  over: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: '-6px',
    backgroundColor: tokens.colorBrandBackground2,
  },
  banner: {
    position: 'absolute',
    top: tokens.spacingVerticalS,
    left: 0,
    right: 0,
    textAlign: 'center',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
});

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export function FileDropArea({ onFile, children }: { onFile(file: File): void; children: ReactNode }) {
  const { t } = useLanguage();
  const s = useStyles();
  const [over, setOver] = useState(false);
  const depth = useRef(0); // dragenter/dragleave fire for every child crossed
  return (
    <div
      className={mergeClasses(s.root, over && s.over)}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (!depth.current) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {over && (
        <div className={s.banner} aria-hidden="true">
          {t.dropNow}
        </div>
      )}
      {children}
    </div>
  );
}
