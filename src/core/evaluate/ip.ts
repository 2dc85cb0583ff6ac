/**
 * IPv4 and IPv6 addresses and CIDR blocks for IpAddress/NotIpAddress (IAM User Guide, "IP address
 * condition operators"). Addresses become bigints; an IPv4-mapped IPv6 address is not an IPv4 one.
 */
function ipv4(text: string): bigint | undefined {
  const parts = text.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = (n << 8n) | BigInt(Number(p));
  }
  return n;
}

function ipv6(text: string): bigint | undefined {
  if (!/^[0-9a-f:.]{2,45}$/i.test(text)) return undefined;
  let head = text;
  let tail4: bigint | undefined;
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    tail4 = ipv4(text.slice(lastColon + 1));
    if (tail4 === undefined) return undefined;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split("::");
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s === "" ? [] : s.split(":"));
  const left = groups(halves[0] ?? "");
  const right = halves.length === 2 ? groups(halves[1] ?? "") : [];
  const fill = 8 - left.length - right.length;
  if ((halves.length === 1 && fill !== 0) || fill < 0) return undefined;
  const all = [...left, ...Array<string>(halves.length === 2 ? fill : 0).fill("0"), ...right];
  let n = 0n;
  for (const g of all) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    n = (n << 16n) | BigInt(parseInt(g, 16));
  }
  if (tail4 !== undefined) n = (n & ~0xffffffffn) | tail4;
  return n;
}

interface Address {
  readonly bits: 32 | 128;
  readonly value: bigint;
}

const address = (text: string): Address | undefined => {
  const v4 = ipv4(text);
  if (v4 !== undefined) return { bits: 32, value: v4 };
  const v6 = ipv6(text);
  return v6 === undefined ? undefined : { bits: 128, value: v6 };
};

/** Whether `ip` is inside `block` (`203.0.113.0/24`, `2001:db8::/32`, or a single address). */
export function inCidr(ip: string, block: string): boolean {
  const [base = "", prefixText] = block.trim().split("/", 2);
  const a = address(ip.trim());
  const b = address(base);
  if (!a || b?.bits !== a.bits) return false;
  const prefix = prefixText === undefined ? a.bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > a.bits) return false;
  const shift = BigInt(a.bits - prefix);
  return a.value >> shift === b.value >> shift;
}
