import type { OrgDenial } from "../../../core/cloudtrail/org-denials";
import type { TrailProblem } from "../../../core/cloudtrail/trail-reader";

/** What the page asks of the trail worker. */
export type TrailRequest =
  { readonly type: "read"; readonly files: readonly File[] } | { readonly type: "cancel" };

/** A file the worker could not read whole, and why; what it read before stays in the counts. */
export interface FileProblem {
  readonly name: string;
  readonly problem: TrailProblem | { readonly kind: "gzip-cut" } | { readonly kind: "unreadable" };
}

export interface TrailProgress {
  /** Bytes of the files read so far (compressed bytes for .gz), of all of them. */
  readonly bytes: number;
  readonly total: number;
  readonly files: number;
  readonly filesTotal: number;
  readonly seen: number;
  readonly denied: number;
}

/** What the worker tells the page: progress while reading, then the groups once. */
export type TrailReply =
  | ({ readonly type: "progress" } & TrailProgress)
  | ({
      readonly type: "done";
      readonly denials: readonly OrgDenial[];
      readonly problems: readonly FileProblem[];
      readonly cancelled: boolean;
    } & TrailProgress);
