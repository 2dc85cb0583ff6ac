// `npm start`: the built page and its local decode endpoint, on 127.0.0.1 only.
import { resolve } from "node:path";
import { createApp } from "./app";

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number, not ${process.env.PORT ?? ""}`);
  process.exit(1);
}

createApp({ distDir: resolve("dist"), port }).listen(port, "127.0.0.1", () => {
  console.log(`authz-decoder: http://127.0.0.1:${port}/`);
  console.log(
    "Decoding uses this machine's AWS credentials (the AWS SDK's default chain); they stay in this process.",
  );
});
