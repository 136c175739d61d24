/**
 * Cell fills per severity, shared by everything that marks cells (annotated
 * copies; the add-in may import it too: no dependencies here).
 *
 * Palette: Okabe & Ito, "Color Universal Design" (2008), the colour-blind-safe
 * set also used by Nature Methods' Points of View: vermillion #D55E00, yellow
 * #F0E442, sky blue #56B4E9. Fills are 50 % tints (mixed with white) so black
 * text stays readable (contrast with black ≥ 10:1 on each); the three stay apart under
 * protanopia, deuteranopia and tritanopia because they differ in lightness as
 * well as hue (yellow lightest, blue and vermillion darker).
 */
import { SEVERITY_LABEL, type Severity } from './findings';
import type { Text } from './text';

export interface SeverityFill {
  /** ExcelJS / OOXML colour, alpha first. */
  argb: string;
  /** CSS colour. */
  hex: string;
  /** The Okabe–Ito colour the tint is made from. */
  base: string;
  /** The severity's name. */
  label: Text;
}

export const SEVERITY_FILLS: Readonly<Record<Severity, SeverityFill>> = Object.freeze({
  error: {
    argb: 'FFEAAF80',
    hex: '#EAAF80',
    base: '#D55E00 vermillion',
    label: SEVERITY_LABEL.error,
  },
  warning: {
    argb: 'FFF8F2A1',
    hex: '#F8F2A1',
    base: '#F0E442 yellow',
    label: SEVERITY_LABEL.warning,
  },
  info: {
    argb: 'FFABDAF4',
    hex: '#ABDAF4',
    base: '#56B4E9 sky blue',
    label: SEVERITY_LABEL.info,
  },
});
