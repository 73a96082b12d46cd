import type { DsrRating } from '../../src/dsr/index.js';

/** A rating with defaults: all five stars, order of 2026-05-02 rated 2026-05-10. */
export function rating(over: Partial<DsrRating> & { buyerId: string }): DsrRating {
  return { createdAt: '2026-05-02', ratedAt: '2026-05-10', description: 5, service: 5, shipping: 5, ...over };
}

