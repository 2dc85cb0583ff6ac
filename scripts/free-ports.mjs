// Prints N free loopback ports, space-separated: `node scripts/free-ports.mjs 3`. The e2e config
// runs it synchronously so every Playwright worker inherits the same ports through the environment.
import { createServer } from "node:net";

const count = Number(process.argv[2] ?? 1);
const servers = [];
for (let i = 0; i < count; i++) {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
}
console.log(servers.map((s) => s.address().port).join(" "));
for (const s of servers) s.close();
