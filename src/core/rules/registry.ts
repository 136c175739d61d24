/** Every rule, in catalogue order (rules.md). */
import type { Rule } from './types';
import { missingLevel1 } from './structure/missingLevel1';
import { missingLevel2 } from './structure/missingLevel2';
import { wrongParent } from './structure/wrongParent';
import { unknownLevelName } from './structure/unknownLevelName';
import { missingName } from './structure/missingName';
import { nameRepeatsLevel } from './structure/nameRepeatsLevel';
import { duplicateIndicator } from './structure/duplicateIndicator';
import { missingValue } from './structure/missingValue';
import { missingBasis } from './structure/missingBasis';
import { missingGoal } from './structure/missingGoal';
import { missingField } from './structure/missingField';
import { duplicateCode } from './structure/duplicateCode';
import { weightsSum } from './structure/weightsSum';
import { placeholder } from './value/placeholder';
import { unparseable } from './value/unparseable';
import { formulaError } from './value/formulaError';
import { notQuantified } from './value/notQuantified';
import { vague } from './value/vague';
import { missingUnit } from './value/missingUnit';
import { unitMismatch } from './value/unitMismatch';
import { natureMismatch } from './value/natureMismatch';
import { costOperator } from './value/costOperator';
import { descriptionMismatch } from './value/descriptionMismatch';
import { nonStandard } from './value/nonStandard';
import { outOfRange } from './percent/outOfRange';
import { satisfactionLow } from './percent/satisfactionLow';
import { satisfactionPerfect } from './percent/satisfactionPerfect';
import { notCumulative } from './plan/notCumulative';
import { not100 } from './plan/not100';
import { planOutOfRange } from './plan/outOfRange';
import { incomplete } from './plan/incomplete';
import { backLoaded } from './plan/backLoaded';
import { sourcesSum } from './amount/sourcesSum';
import { textVsField } from './amount/textVsField';
import { costExceedsBudget } from './amount/costExceedsBudget';
import { unitSlip } from './amount/unitSlip';
import { annualEqualsPeriod } from './text/annualEqualsPeriod';
import { duplicateGrid } from './text/duplicateGrid';
import { yearMismatch } from './text/yearMismatch';
import { tooLong } from './text/tooLong';
import { straySpace } from './text/straySpace';
import { typo } from './text/typo';
import { foreignTerm } from './text/foreignTerm';
import { inputAsOutput } from './structure/inputAsOutput';
import { templateNote } from './structure/templateNote';
import { unitColumn } from './value/unitColumn';
import { impossibleDirection } from './percent/impossibleDirection';
import { periodOrder } from './text/periodOrder';
import { annualExceedsPeriod } from './text/annualExceedsPeriod';
import { spaceInField } from './text/spaceInField';
import { qualitativeSymbol } from './value/qualitativeSymbol';
import { otherWithoutNote } from './value/otherWithoutNote';
import { basisCategory } from './structure/basisCategory';
import { requiredIndicator } from './structure/requiredIndicator';

export const allRules: readonly Rule[] = [
  missingLevel1,
  missingLevel2,
  wrongParent,
  unknownLevelName,
  missingName,
  nameRepeatsLevel,
  duplicateIndicator,
  missingValue,
  missingBasis,
  missingGoal,
  missingField,
  duplicateCode,
  weightsSum,
  placeholder,
  formulaError,
  unparseable,
  notQuantified,
  vague,
  missingUnit,
  unitMismatch,
  natureMismatch,
  costOperator,
  descriptionMismatch,
  nonStandard,
  outOfRange,
  satisfactionLow,
  satisfactionPerfect,
  notCumulative,
  not100,
  planOutOfRange,
  incomplete,
  backLoaded,
  sourcesSum,
  textVsField,
  costExceedsBudget,
  unitSlip,
  annualEqualsPeriod,
  duplicateGrid,
  yearMismatch,
  tooLong,
  straySpace,
  typo,
  foreignTerm,
  inputAsOutput,
  templateNote,
  unitColumn,
  impossibleDirection,
  periodOrder,
  annualExceedsPeriod,
  spaceInField,
  // Off unless a profile names them (national import checks).
  qualitativeSymbol,
  otherWithoutNote,
  basisCategory,
  requiredIndicator,
];
export const ruleById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));
