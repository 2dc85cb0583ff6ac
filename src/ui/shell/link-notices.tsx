import { useMessages } from "../i18n/messages";
import { SHELL_TEST_IDS as TEST_IDS } from "../shell-test-ids";
import type { LinkState } from "../features/share/use-share-link";

/** Placeholders by name, the first ones only: a log can hide hundreds. */
const SHOWN = 12;
const hiddenList = (hidden: readonly string[]): string =>
  hidden.length > SHOWN ? `${hidden.slice(0, SHOWN).join(", ")}, …` : hidden.join(", ");

/** What happened to the share link this page was opened with. */
export function LinkNotices({ link }: { link: LinkState }) {
  const { t } = useMessages();
  const notes = [
    link.movedFromQuery ? t("link.movedFromQuery") : undefined,
    link.notice === "loaded"
      ? t("link.loaded")
      : link.notice === "handoff"
        ? t("link.handoff")
        : undefined,
  ].filter((n): n is string => n !== undefined);
  return (
    <>
      {notes.map((note) => (
        <p key={note} className="notice info" data-testid={TEST_IDS.linkNotice}>
          {note}
        </p>
      ))}
      {link.hidden.length > 0 && (
        <p className="notice info" data-testid={TEST_IDS.linkNotice}>
          {t("link.hidden", { values: hiddenList(link.hidden) })}
        </p>
      )}
      {link.error && (
        <p className="notice error" role="alert" data-testid={TEST_IDS.linkNotice}>
          {link.error.code === "unknown-version"
            ? t("link.error.unknown-version", { version: link.error.version })
            : link.error.code === "invalid"
              ? t("link.error.invalid", { detail: link.error.detail })
              : t(`link.error.${link.error.code}`)}
        </p>
      )}
    </>
  );
}
