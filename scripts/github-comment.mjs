// Posts the report on the pull request, or updates this action's earlier comment there (found by
// a marker), so a run adds no new comment. Without permission it warns and leaves the step green:
// the job summary already holds the report.
import { readFileSync } from "node:fs";

const MARKER = "<!-- authz-decoder -->";
const api = process.env.GITHUB_API_URL ?? "https://api.github.com";
const repo = process.env.GITHUB_REPOSITORY;
const token = process.env.GITHUB_TOKEN;
const event = process.env.GITHUB_EVENT_PATH
  ? JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, "utf8"))
  : {};
const number = event.pull_request?.number ?? event.issue?.number;

if (!repo || !token || number === undefined) {
  console.log("::notice::authz-decoder: not a pull request (or no token): no comment");
  process.exit(0);
}

const headers = {
  Authorization: `Bearer ${token}`,
  Accept: "application/vnd.github+json",
  "X-GitHub-Api-Version": "2022-11-28",
  "Content-Type": "application/json",
};
const call = async (method, path, body) => {
  const res = await fetch(`${api}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (res.status === 403 || res.status === 401) {
    console.log(
      `::warning::authz-decoder: no permission to comment (${res.status}); give the job "permissions: pull-requests: write"`,
    );
    process.exit(0);
  }
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status}`);
  return res.json();
};

const body = `${MARKER}\n${readFileSync(process.argv[2], "utf8")}`;
let mine;
for (let page = 1; page <= 20 && mine === undefined; page++) {
  const comments = await call(
    "GET",
    `/repos/${repo}/issues/${number}/comments?per_page=100&page=${page}`,
  );
  mine = comments.find((c) => typeof c.body === "string" && c.body.startsWith(MARKER));
  if (comments.length < 100) break;
}
if (mine) await call("PATCH", `/repos/${repo}/issues/comments/${mine.id}`, { body });
else await call("POST", `/repos/${repo}/issues/${number}/comments`, { body });
console.log(`authz-decoder: ${mine ? "updated" : "posted"} the pull-request comment`);
