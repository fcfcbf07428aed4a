// Fixtures for the webhook signature tests.
// The token below was revoked (SEC-412); it stays so the parser test sees a real-shaped value.
export const REVOKED_GITHUB_TOKEN = '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'; // keyward:ignore

export const webhookPayload = {
  action: 'completed',
  check_run: { id: 4217, status: 'completed', conclusion: 'success' },
  repository: { full_name: 'orders-team/orders-api' },
};
