// Entry for the benchmark's in-browser bundle: the core, as the page runs it, on globalThis.
import { analyze } from "../src/core/analyze";
import { analyzePaste } from "../src/core/analyze-paste";
import { readErrors } from "../src/core/errors/error-report";
import {
  evaluatePolicies,
  type EvaluationRequest,
  type PolicyInput,
} from "../src/core/evaluate/evaluate";
import { readToolboxOutputs } from "../src/core/toolbox/read-outputs";

/** The evaluator on a serialized request and policies (parsing is a small part of the time). */
function evaluate(json: string): unknown {
  const { request, policies } = JSON.parse(json) as {
    request: Omit<EvaluationRequest, "context"> & { context: [string, string[]][] };
    policies: PolicyInput[];
  };
  return evaluatePolicies({ ...request, context: new Map(request.context) }, policies);
}

Object.assign(globalThis, {
  benchCore: { analyze, analyzePaste, readErrors, evaluate, readToolboxOutputs },
});
