import type { FiguresRequest, ShownFigures } from '@shared/insights/figures';

/** One screen's figures, or the client ids behind one of them (a ClientGroup's ref). */
export type InsightsWorkerRequest =
  | { id: number; kind: 'figures'; request: FiguresRequest }
  | { id: number; kind: 'clients'; ref: string };

/** `stamp` is the data-change stamp of the book the figures were computed from. */
export type InsightsWorkerResponse =
  | { id: number; ok: true; kind: 'figures'; figures: ShownFigures; stamp: string }
  | { id: number; ok: true; kind: 'clients'; clientIds: string[] }
  | { id: number; ok: false; message: string };
