// RULES.md §5: which of the request's plan numbers are the terms of the network the person is in, and
// what counts as already paid when the two networks' accumulators cross.
import type Decimal from 'decimal.js';
import type { Network } from './rates.ts';
import { money } from '../money.ts';
import type { Coverage, Family } from '../schemas.ts';

/** A plan's numbers for one network; null is "not known". */
export interface NetworkTerms {
  deductible: Decimal | null;
  deductibleMet: Decimal | null;
  coinsurancePercent: Decimal | null;
  copayPerUnit: Decimal | null;
  /** 'none': the plan says it has no maximum for this network. */
  oopMax: Decimal | 'none' | null;
  oopMet: Decimal | null;
  family: FamilyNumbers | null;
  /** These are the plan's own out-of-network terms, given apart from the in-network ones. */
  ownOutOfNetworkTerms: boolean;
}

export interface FamilyNumbers {
  kind: 'embedded' | 'aggregate';
  deductible: Decimal | null;
  deductibleMet: Decimal | null;
  oopMax: Decimal | null;
  oopMet: Decimal | null;
}

type Amount = string | number | undefined;

const known = (value: Amount): Decimal | null => (value === undefined ? null : money(value));

/** Amounts paid in both networks, when the plan lets each count toward the other. */
function together(a: Decimal | null, b: Decimal | null): Decimal | null {
  return a === null ? b : b === null ? a : a.plus(b);
}

function familyNumbers(family: Family | undefined): FamilyNumbers | null {
  if (!family) return null;
  return {
    kind: family.kind ?? 'embedded',
    deductible: known(family.deductible),
    deductibleMet: known(family.deductibleMet),
    oopMax: known(family.oopMax),
    oopMet: known(family.oopMet),
  };
}

/**
 * Without `outOfNetwork`, the flat fields are the terms of the network the request is in. With it, the flat
 * fields are the in-network terms and `outOfNetwork` the out-of-network ones: never borrowed from each other.
 */
export function termsFor(coverage: Coverage, network: Network): NetworkTerms {
  const flat: NetworkTerms = {
    deductible: known(coverage.deductible),
    deductibleMet: known(coverage.deductibleMet),
    coinsurancePercent: known(coverage.coinsurancePercent),
    copayPerUnit: known(coverage.copayPerUnit),
    oopMax: known(coverage.oopMax),
    oopMet: known(coverage.oopMet),
    family: familyNumbers(coverage.family),
    ownOutOfNetworkTerms: false,
  };
  const oon = coverage.outOfNetwork;
  if (!oon) return flat;
  const outOfNetwork: NetworkTerms = {
    deductible: known(oon.deductible),
    deductibleMet: known(oon.deductibleMet),
    coinsurancePercent: known(oon.coinsurancePercent),
    copayPerUnit: known(oon.copayPerUnit),
    oopMax: oon.oopMax === null ? 'none' : known(oon.oopMax),
    oopMet: known(oon.oopMet),
    family: familyNumbers(oon.family),
    ownOutOfNetworkTerms: true,
  };
  const [used, other] = network === 'out' ? [outOfNetwork, flat] : [flat, outOfNetwork];
  if (oon.accumulators !== 'shared') return used;
  // Shared accumulators: what was paid in either network counts toward both networks' limits. A network's
  // deductible paid is part of what it has paid toward its maximum, when that is not given (RULES.md §3).
  return {
    ...used,
    deductibleMet: together(used.deductibleMet, other.deductibleMet),
    oopMet: together(paidTowardMaximum(used), paidTowardMaximum(other)),
    family: used.family && {
      ...used.family,
      deductibleMet: together(used.family.deductibleMet, other.family?.deductibleMet ?? null),
      oopMet: together(paidTowardMaximum(used.family), other.family ? paidTowardMaximum(other.family) : null),
    },
  };
}

/** What was paid toward the maximum, or, when not given, toward the deductible (null when neither is known). */
function paidTowardMaximum(terms: { deductibleMet: Decimal | null; oopMet: Decimal | null }): Decimal | null {
  return terms.oopMet ?? terms.deductibleMet;
}
