import type { AttachTarget, PolicyDocument } from "../fix";

/** One output format: one module, one contract (STYLE.md §17). */
export interface PolicyFormatter {
  readonly id: string;
  /** Text that means exactly `document` in the format's language, attached to `target`. */
  render(document: PolicyDocument, target: AttachTarget): string;
}
