// Prints the share-link length of every decoded sample, redacted as by default: npm run link-lengths
import { analyzePaste } from "../src/core/analyze-paste";
import { ALL_CATEGORIES, redact } from "../src/core/share/redact";
import { shareText } from "../src/core/share/share-text";
import { encodeShare } from "../src/ui/features/share/codec";
import { fixtureNames, readFixture } from "../fixtures/fixtures";

const rows: [string, number, number][] = [];
for (const name of fixtureNames("decoded")) {
  const paste = analyzePaste(readFixture("decoded", name));
  if (!paste.ok) continue;
  const text = redact(shareText(paste.value), { categories: ALL_CATEGORIES, custom: [] }).text;
  const hash = await encodeShare({ k: "d", t: text, o: { p: true } });
  rows.push([name, text.length, hash.length]);
}
for (const [name, chars, link] of rows)
  console.log(
    `${name.padEnd(90)} ${String(chars).padStart(6)} chars → ${String(link).padStart(5)}`,
  );
const lengths = rows.map((r) => r[2]).sort((a, b) => a - b);
console.log(
  `fragment length: min ${lengths[0]}, median ${lengths[Math.floor(lengths.length / 2)]}, max ${lengths.at(-1)}`,
);
