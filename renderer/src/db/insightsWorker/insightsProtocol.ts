import type { Figures, FiguresRequest } from '@shared/insights/figures';

export interface InsightsWorkerRequest {
  id: number;
  request: FiguresRequest;
}

/** `stamp` is the data-change stamp of the book the figures were computed from. */
export type InsightsWorkerResponse =
  | { id: number; ok: true; figures: Figures; stamp: string }
  | { id: number; ok: false; message: string };
