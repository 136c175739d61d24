/** Types of the indicator library (common indicators for frequent project types). */
import type { Level1Name, Level2Name } from '../vocabulary/levels';

/** 指标性质 codes of the national system (the template's drop-down list). */
export type Nature = '≥' | '＞' | '＝' | '＜' | '≤' | '定性';

export type ProjectTypeId =
  | 'debt-principal'
  | 'debt-interest'
  | 'student-aid'
  | 'agri-insurance'
  | 'construction'
  | 'service-purchase'
  | 'subsidy'
  | 'it-operations'
  | 'meeting-training'
  | 'equipment';

export interface ProjectType {
  id: ProjectTypeId;
  zh: string;
  en: string;
}

/** What kind of value the indicator takes (what parseValue reads its sample as). */
export type LibraryValueKind = 'number' | 'date' | 'graded';

export interface LibraryIndicator {
  /** Stable id, e.g. "student-aid/01". */
  id: string;
  type: ProjectTypeId;
  /**
   * Canonical level names (src/core/vocabulary/levels.ts). Cost indicators are
   * filed the 2021 way (成本指标 / 经济成本指标); `placeIndicator` gives the
   * 2015 place (产出指标 / 成本指标).
   */
  level1: Level1Name;
  level2: Level2Name;
  /** 三级指标 name. */
  name: string;
  /** 绩效指标描述 (no figures: the officer's value is the figure). */
  description: string;
  nature: Nature;
  /** 度量单位; '' for 定性 values. */
  unit: string;
  valueKind: LibraryValueKind;
  /** A sound example value: the number (in `unit`), or the date / graded wording. */
  sample: number | string;
}
