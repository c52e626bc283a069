import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  CancelDocument,
  ChargeSavedCardDocument,
  CheckWithStripeDocument,
  CompleteDocument,
  DeclineDocument,
  ExtendQuoteValidityDocument,
  MarkPaidDocument,
  QuoteDocument,
  RefundDocument,
  ResolveAttentionDocument,
  RotatePayUrlDocument,
  ScheduleDocument,
  SendBalanceLinkDocument,
  SendPaymentLinkDocument,
  SubmitDisputeEvidenceDocument,
} from '../../../gql/graphql';

/** What every action hook gives a form: run it, whether it runs, and what the server said. */
export interface Action<V> {
  run: (variables: V) => Promise<boolean>;
  loading: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * Wraps a generated mutation: the result (the whole request) lands in the normalized cache, so
 * every screen follows; `run` resolves to whether it worked, the error stays for the form.
 */
export function useAction<D, V extends Record<string, unknown>>(document: TypedDocumentNode<D, V>): Action<V> {
  const [mutate, { loading, error, reset }] = useMutation(document);
  const run = useCallback(
    async (variables: V) => {
      try {
        // Every action's variables are complete here; the generic tuple type of `mutate` cannot see that.
        await (mutate as (options: { variables: V }) => Promise<unknown>)({ variables });
        return true;
      } catch {
        return false;
      }
    },
    [mutate],
  );
  return { run, loading, error, reset };
}

export const useQuote = () => useAction(QuoteDocument);
export const useSendPaymentLink = () => useAction(SendPaymentLinkDocument);
export const useSendBalanceLink = () => useAction(SendBalanceLinkDocument);
export const useChargeSavedCard = () => useAction(ChargeSavedCardDocument);
export const useRotatePayUrl = () => useAction(RotatePayUrlDocument);
export const useMarkPaid = () => useAction(MarkPaidDocument);
export const useSchedule = () => useAction(ScheduleDocument);
export const useComplete = () => useAction(CompleteDocument);
export const useDecline = () => useAction(DeclineDocument);
export const useCancel = () => useAction(CancelDocument);
export const useRefund = () => useAction(RefundDocument);
export const useSubmitDisputeEvidence = () => useAction(SubmitDisputeEvidenceDocument);
export const useCheckWithStripe = () => useAction(CheckWithStripeDocument);
export const useResolveAttention = () => useAction(ResolveAttentionDocument);
export const useExtendQuoteValidity = () => useAction(ExtendQuoteValidityDocument);
