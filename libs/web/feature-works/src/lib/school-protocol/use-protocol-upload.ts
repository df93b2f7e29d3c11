import { api, isApiError, uploadFile } from '@orbita/web/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProtocolProblem, ProtocolUpload, UploadedProtocol } from '../shared/types';

export type UploadState =
  | { stage: 'idle' }
  /** Bytes going up (`fraction`), then the server's processing (`server`, polled). */
  | { stage: 'sending'; uploadId: string; fileName: string; fraction: number; server?: ProtocolUpload }
  | { stage: 'done'; fileName: string; result: UploadedProtocol; submitted: boolean }
  /** 422 ASSESSMENTS.PROTOCOL_INVALID: the row-level report; nothing was stored. */
  | { stage: 'rejected'; fileName: string; problems: ProtocolProblem[]; problemCount: number }
  | { stage: 'failed'; fileName: string; error: unknown };

const FINISHED_PHASES: ProtocolUpload['phase'][] = ['done', 'rejected', 'failed'];
const POLL_EVERY_MS = 400;

function newUploadId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The problems of a rejected protocol file, when the error is one. */
export function protocolProblemsOf(error: unknown): { problems: ProtocolProblem[]; problemCount: number } | undefined {
  if (!isApiError(error, 422) || error.code !== 'ASSESSMENTS.PROTOCOL_INVALID') return undefined;
  const problems = Array.isArray(error.problem.problems) ? (error.problem.problems as ProtocolProblem[]) : [];
  const count = typeof error.problem.problemCount === 'number' ? error.problem.problemCount : problems.length;
  return { problems, problemCount: count };
}

/**
 * Uploads a protocol file (POST /protocols, multipart) with byte progress, then follows the server's
 * processing (GET /protocol-uploads/{uploadId}) until the POST answers.
 */
export function useProtocolUpload({
  workId,
  schoolId,
  regionWide,
  onStored,
}: {
  workId: string;
  schoolId: string;
  /** A region-wide account names the school; a school account uploads for its own. */
  regionWide: boolean;
  onStored: () => Promise<unknown>;
}) {
  const [state, setState] = useState<UploadState>({ stage: 'idle' });
  const active = useRef<string | undefined>(undefined);
  useEffect(
    () => () => {
      active.current = undefined; // stop polling when the panel goes away
    },
    [],
  );

  const follow = useCallback(async (uploadId: string) => {
    while (active.current === uploadId) {
      // Wait first: a small file is processed before the first look, and the server records an upload
      // only once it has the whole file.
      await sleep(POLL_EVERY_MS);
      if (active.current !== uploadId) return;
      const progress = await api
        .GET('/api/v1/protocol-uploads/{id}', { params: { path: { id: uploadId } } })
        .then((answer) => answer.data)
        .catch(() => undefined);
      if (active.current !== uploadId) return;
      if (progress) {
        setState((current) =>
          current.stage === 'sending' && current.uploadId === uploadId ? { ...current, server: progress } : current,
        );
        if (FINISHED_PHASES.includes(progress.phase)) return;
      }
    }
  }, []);

  const start = useCallback(
    async (file: File, submit: boolean) => {
      const uploadId = newUploadId();
      const fileName = file.name;
      active.current = uploadId;
      setState({ stage: 'sending', uploadId, fileName, fraction: 0 });
      const form = new FormData();
      form.append('workId', workId);
      if (regionWide) form.append('schoolId', schoolId);
      form.append('submit', String(submit));
      form.append('uploadId', uploadId);
      form.append('file', file, file.name);
      let following = false;
      try {
        const result = await uploadFile<UploadedProtocol>('/api/v1/protocols', form, (fraction) => {
          if (active.current !== uploadId) return;
          setState((current) =>
            current.stage === 'sending' && current.uploadId === uploadId ? { ...current, fraction } : current,
          );
          if (fraction >= 1 && !following) {
            following = true;
            void follow(uploadId);
          }
        });
        if (active.current !== uploadId) return;
        active.current = undefined;
        setState({ stage: 'done', fileName, result, submitted: result.protocol.status === 'submitted' });
        await onStored();
      } catch (error) {
        if (active.current !== uploadId) return;
        active.current = undefined;
        const report = protocolProblemsOf(error);
        setState(report ? { stage: 'rejected', fileName, ...report } : { stage: 'failed', fileName, error });
      }
    },
    [workId, schoolId, regionWide, onStored, follow],
  );

  return { state, start, busy: state.stage === 'sending' };
}
