import { useMessages } from "../i18n/messages";

/** Before anything is pasted: what the page takes, and the command that decodes a token. */
export function EmptyState() {
  const { t, tNodes } = useMessages();
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h2 id="empty-heading">{t("empty.heading")}</h2>
      <p>{t("empty.body")}</p>
      <p>
        {tNodes("empty.step1", {
          command: (
            <code>
              aws sts decode-authorization-message --encoded-message=TOKEN --query DecodedMessage
              --output text
            </code>
          ),
        })}
      </p>
    </section>
  );
}
