import { expect, type Page } from "@playwright/test";

/** Asserts that no secret appears anywhere a page could keep or leak it. */
export async function expectNoSecretStored(
  page: Page,
  secrets: readonly string[],
  consoleLines: readonly string[],
): Promise<void> {
  const stored = await page.evaluate(async () => {
    const dump = (s: Storage) =>
      Object.keys(s)
        .map((k) => `${k}=${s.getItem(k) ?? ""}`)
        .join("\n");
    const dbs = await indexedDB.databases();
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      indexedDb: dbs.map((d) => d.name ?? "").join(","),
      cookies: document.cookie,
      url: location.href,
    };
  });
  const cookies = JSON.stringify(await page.context().cookies());
  for (const secret of secrets) {
    for (const [where, text] of Object.entries({
      ...stored,
      cookies,
      console: consoleLines.join("\n"),
    })) {
      expect(text, `${where} holds a secret`).not.toContain(secret);
    }
  }
  expect(stored.indexedDb).toBe("");
  // The language choice is the only thing the app may store.
  expect(
    stored.local
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("authz-decoder.language=")),
  ).toEqual([]);
  expect(stored.session).toBe("");
}
