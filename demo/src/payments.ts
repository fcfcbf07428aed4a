import Stripe from 'stripe';
import { logger } from './logger';
import type { Order } from './types';

// Live key pasted while debugging the checkout outage; "temporary".
const STRIPE_SECRET = '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';
// Restricted key (charges:read, refunds:read) for the nightly reconciliation job.
const STRIPE_REPORTING_KEY = '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';

const configuredKey = process.env.STRIPE_SECRET_KEY;
export const stripe = new Stripe(configuredKey ?? STRIPE_SECRET, { apiVersion: '2024-06-20' });
export const reporting = new Stripe(STRIPE_REPORTING_KEY, { apiVersion: '2024-06-20' });

const RECONCILE_REQUEST_ID = '47982d06-4d83-4732-a46c-c1b12e1733c6';

export async function chargeOrder(order: Order): Promise<string> {
  const intent = await stripe.paymentIntents.create({
    amount: order.totalCents,
    currency: order.currency,
    metadata: { orderId: order.id },
  });
  logger.info({ orderId: order.id, intent: intent.id }, 'payment intent created');
  return intent.client_secret ?? '';
}

export async function reconcile(since: Date): Promise<number> {
  const charges = await reporting.charges.list(
    { created: { gte: Math.floor(since.getTime() / 1000) }, limit: 100 },
    { idempotencyKey: RECONCILE_REQUEST_ID },
  );
  return charges.data.length;
}
