import type { ReactNode } from "react";
import type { ActionFacts } from "../../../core/iam/facts";
import type { Analysis } from "../../../core/model/analysis";
import type { ConditionRow } from "../../../core/model/conditions";
import {
  narrowingFor,
  RESOURCE_SCOPES,
  scopeResource,
  type PolicyOptions,
  type ResourceScope,
} from "../../../core/policy/fix";
import { isRunInstances, launchResources } from "../../../core/policy/launch-set";
import { useMessages } from "../../i18n/messages";
import { TEST_IDS } from "../../test-ids";

export type FixOptions = Required<PolicyOptions>;

export interface Narrowing {
  readonly options: FixOptions;
  readonly onOptionsChange: (o: FixOptions) => void;
}

/** The request's context keys that can narrow this action's Allow, with the operator to use. */
export function narrowableKeys(
  rows: readonly ConditionRow[] | undefined,
  facts: ActionFacts | undefined,
): { row: ConditionRow; operator: string }[] {
  if (!rows || !facts) return [];
  return rows.flatMap((row) => {
    if (row.internal) return [];
    const support = facts.keys.get(row.key.toLowerCase());
    if (!support) return [];
    const allowed = narrowingFor(support.documented, support.type, row.values);
    return allowed.ok ? [{ row, operator: allowed.operator }] : [];
  });
}

function ResourceScopeSelect({ arn, options, onOptionsChange }: Narrowing & { arn: string }) {
  const { t } = useMessages();
  const choices = RESOURCE_SCOPES.map((scope) => ({
    scope,
    value: scopeResource(arn, scope),
  })).filter((c, i, all) => all.findIndex((o) => o.value === c.value) === i);
  if (choices.length < 2) return null;
  return (
    <label className="option scope">
      {t("fix.scope.label")}{" "}
      <select
        data-testid={TEST_IDS.resourceScope}
        value={options.resourceScope}
        onChange={(e) => {
          onOptionsChange({ ...options, resourceScope: e.target.value as ResourceScope });
        }}
      >
        {choices.map((c) => (
          <option key={c.scope} value={c.scope}>
            {t(`fix.scope.${c.scope}`, { arn: c.value })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One on/off choice with the reason for it under the label. */
function Switch({
  checked,
  testId,
  onChange,
  label,
  why,
}: {
  checked: boolean;
  testId: string;
  onChange: (on: boolean) => void;
  label: ReactNode;
  why: string;
}) {
  return (
    <div className="option">
      <label>
        <input
          type="checkbox"
          checked={checked}
          data-testid={testId}
          onChange={(e) => {
            onChange(e.target.checked);
          }}
        />{" "}
        {label}
      </label>
      <p className="hint">{why}</p>
    </div>
  );
}

/**
 * "Narrow it", directly above the policy it changes: the role-passing condition, the resource's
 * scope and the context keys this action documents. The lines a choice changes are marked below.
 */
export function NarrowingChoices({
  analysis,
  facts,
  passedToService,
  narrowing,
}: {
  analysis: Analysis;
  facts: ActionFacts | undefined;
  passedToService: string | undefined;
  narrowing: Narrowing;
}) {
  const { t, tNodes } = useMessages();
  const { options, onOptionsChange } = narrowing;
  const keys = narrowableKeys(analysis.conditions, facts);
  const scope = analysis.resource && (
    <ResourceScopeSelect arn={analysis.resource.arn} {...narrowing} />
  );
  const launch =
    analysis.resource !== undefined &&
    isRunInstances(analysis.action?.qualified) &&
    launchResources(analysis.resource.arn) !== undefined;
  if (passedToService === undefined && keys.length === 0 && !scope && !launch) return null;
  return (
    <fieldset className="narrowing" data-testid={TEST_IDS.narrowing}>
      <legend>{t("fix.narrow.legend")}</legend>
      {passedToService !== undefined && (
        <Switch
          checked={options.passedToService}
          testId={TEST_IDS.passedToService}
          onChange={(on) => {
            onOptionsChange({ ...options, passedToService: on });
          }}
          label={tNodes("fix.passedToService.label", {
            service: <code>{passedToService}</code>,
          })}
          why={t("fix.passedToService.why", { service: passedToService })}
        />
      )}
      {launch && (
        <Switch
          checked={options.launchSet}
          testId={TEST_IDS.launchSet}
          onChange={(on) => {
            onOptionsChange({ ...options, launchSet: on });
          }}
          label={t("fix.launchSet.label")}
          why={t("fix.launchSet.why")}
        />
      )}
      {scope}
      {keys.map(({ row, operator }) => (
        <label key={row.key} className="option">
          <input
            type="checkbox"
            checked={options.conditionKeys.includes(row.key)}
            onChange={(e) => {
              onOptionsChange({
                ...options,
                conditionKeys: e.target.checked
                  ? [...options.conditionKeys, row.key]
                  : options.conditionKeys.filter((k) => k !== row.key),
              });
            }}
          />{" "}
          {tNodes("fix.narrow.key", {
            key: <code>{row.key}</code>,
            value: <code className="wrap">{row.values.join(", ")}</code>,
            operator,
          })}
        </label>
      ))}
      {facts === undefined && analysis.conditions && analysis.conditions.length > 0 && (
        <p className="hint">{t("conditions.usable.loading")}</p>
      )}
    </fieldset>
  );
}
