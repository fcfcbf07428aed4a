import { logger } from './logger';

// Service token for the inventory API, minted by hand until the token exchange lands.
const authToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtb3JkZXJzLWFwaSIsImF1ZCI6ImludmVudG9yeSIsInNjb3BlIjoiaW52ZW50b3J5OnJlYWQgaW52ZW50b3J5OnJlc2VydmUiLCJpYXQiOjE3MDk1NDY0MDAsImV4cCI6MTc0MTA4MjQwMH0.9o944NXHOL5Qw9gYCBO4PcGF-0uISpv9Xq7jzTmhH0A';

export async function reserveStock(sku: string, quantity: number): Promise<boolean> {
  const res = await fetch(`https://inventory.orders.internal/api/reservations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${authToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ sku, quantity }),
  });
  if (!res.ok) logger.warn({ sku, status: res.status }, 'reservation failed');
  return res.ok;
}
