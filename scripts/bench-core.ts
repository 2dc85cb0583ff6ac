// Entry for the benchmark's in-browser bundle: the core, as the page runs it, on globalThis.
import { analyze } from "../src/core/analyze";
import { analyzePaste } from "../src/core/analyze-paste";
import { readErrors } from "../src/core/errors/error-report";

Object.assign(globalThis, { benchCore: { analyze, analyzePaste, readErrors } });
