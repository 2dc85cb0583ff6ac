import { detailsCommand, policyCommand } from "../../../core/commands/toolbox-command";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";
import { CopyButton } from "../../shared/copy-button";

/** AWS's console hosts only: a link from pasted text is shown as a link only if it goes there. */
const CONSOLE_HOST = /(^|\.)console\.(aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)$/;
const isConsoleLink = (url: string): boolean => {
  try {
    const u = new URL(url);
    return u.protocol === "https:" && CONSOLE_HOST.test(u.hostname);
  } catch {
    return false;
  }
};

function Command({ command, testId }: { command: string; testId?: string }) {
  return (
    <div className="command">
      <code data-testid={testId} tabIndex={0}>
        {command}
      </code>
      <CopyButton text={command} label="command.copy" />
    </div>
  );
}

/**
 * What an authorization ID opens: the console page, the details command and, once the details
 * name the matched policies, one command per policy; with what reading them takes.
 */
export function AuthorizationCommands({
  authorizationId,
  region,
  consoleUrl,
  policyUris = [],
}: {
  authorizationId: string;
  region: string | undefined;
  consoleUrl?: string | undefined;
  policyUris?: readonly string[];
}) {
  const { t } = useMessages();
  return (
    <div className="authorization">
      <p>{t("authz.intro", { id: authorizationId })}</p>
      {consoleUrl !== undefined && isConsoleLink(consoleUrl) && (
        <p>
          <a href={consoleUrl} target="_blank" rel="noreferrer noopener">
            {t("authz.console")}
          </a>
        </p>
      )}
      <Command
        command={detailsCommand(authorizationId, region)}
        testId={TEST_IDS.authzDetailsCommand}
      />
      {policyUris.length > 0 && <p className="hint">{t("authz.policyCommands")}</p>}
      {policyUris.map((uri) => (
        <Command key={uri} command={policyCommand(authorizationId, uri, region)} />
      ))}
      <p className="hint">{t("authz.needs")}</p>
    </div>
  );
}
