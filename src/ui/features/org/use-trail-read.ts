import { useCallback, useEffect, useRef, useState } from "react";
import type { TrailReply, TrailRequest } from "./trail-protocol";

/** The worker's last word: progress while it reads, then done. */
export type TrailState = TrailReply;

const starting = (files: readonly File[]): TrailState => ({
  type: "progress",
  bytes: 0,
  total: files.reduce((sum, f) => sum + f.size, 0),
  files: 0,
  filesTotal: files.length,
  seen: 0,
  denied: 0,
});

/** One worker per set of files: new files replace the read, and leaving ends it. */
export function useTrailRead(files: readonly File[]): {
  status: TrailState;
  cancel: () => void;
} {
  // The status belongs to the files it was reported for; new files start from nothing read.
  const [reported, setReported] = useState<{ files: readonly File[]; status: TrailState }>();
  const worker = useRef<Worker | undefined>(undefined);
  useEffect(() => {
    if (files.length === 0) return;
    const w = new Worker(new URL("./trail-worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<TrailReply>) => {
      const reply = event.data;
      setReported({ files, status: reply });
      if (reply.type === "done") w.terminate();
    };
    const request: TrailRequest = { type: "read", files };
    w.postMessage(request);
    return () => {
      w.terminate();
      worker.current = undefined;
    };
  }, [files]);
  const cancel = useCallback(() => {
    const request: TrailRequest = { type: "cancel" };
    worker.current?.postMessage(request);
  }, []);
  return {
    status: reported?.files === files ? reported.status : starting(files),
    cancel,
  };
}
