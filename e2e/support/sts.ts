import type { APIRequestContext } from "@playwright/test";
import { FAKE_STS_PORT } from "../../playwright.config";
import type { RecordedRequest } from "./fake-sts";

const base = `http://127.0.0.1:${FAKE_STS_PORT}/__requests`;

export const stsRequests = async (request: APIRequestContext): Promise<RecordedRequest[]> =>
  (await (await request.get(base)).json()) as RecordedRequest[];

/** The fake STS keeps one log for all specs: each spec looks only at requests with its own key. */
export const requestsFor = async (
  request: APIRequestContext,
  accessKeyId: string,
): Promise<RecordedRequest[]> =>
  (await stsRequests(request)).filter((r) => r.accessKeyId === accessKeyId);
