import { decodeLoop } from "../../../core/commands/decode-command";
import { useMessages } from "../../i18n/messages";
import { CopyButton } from "../../shared/copy-button";

/** Several tokens: one shell loop that decodes them all, to run where AWS credentials are (the decode panel shows it first). */
export function DecodeLoop({
  tokens,
  partition,
}: {
  tokens: readonly string[];
  partition: string | undefined;
}) {
  const { t } = useMessages();
  const loop = decodeLoop({ tokens, partition });
  return (
    <>
      <p className="hint">{t("decode.loop.hint")}</p>
      <div className="command">
        <pre className="code-block" tabIndex={0}>
          {loop}
        </pre>
        <CopyButton text={loop} label="command.copy" />
      </div>
    </>
  );
}
