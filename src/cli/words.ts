import type { Fixer } from "../core/explain/overview";

/**
 * The CLI's few words, in the page's two languages. The page's dictionary is React's (src/ui/);
 * these are the terminal's labels, kept short for logs and PR comments.
 */
export type Lang = "en" | "ja";

const EN = {
  title: "AWS authorization denials",
  none: "No AWS authorization denial found.",
  who: "who",
  action: "action",
  resource: "resource",
  why: "why",
  fixer: "who fixes it",
  likely: "(likely, from the tool's words)",
  times: "times",
  lines: "lines",
  implicit: "no policy allows it (implicit deny)",
  explicit: "an explicit Deny matched",
  unknownWhy: "the error does not say",
  in: "policy",
  tokens: "encoded messages",
  decodeHint:
    "decode for the full reason: authz-decoder --decode, or aws sts decode-authorization-message --encoded-message <token>",
  statement: "statement",
  merged: "Policy for what the caller's own policy can fix",
  attach: "attach to",
  link: "Open in the page",
  guardrail:
    "AWS's guardrail for AI agents denied this (aws:ViaAWSMCPService / aws:CalledViaAWSMCP): a person must run it; do not work around it.",
  narrowed: "The input passed 10 MB: only the lines around denials were read.",
  truncated: "Even the lines around denials passed 10 MB: the rest was not read.",
  masks: "placeholders in the paste, not real values",
  nothingToRead: "Nothing readable:",
  orgCounts: (denied: number, seen: number) =>
    seen === 0 ? "grouped by Athena" : `${String(denied)} of ${String(seen)} events were denials`,
  toolbox:
    "IAM Toolbox output: open it in the page (--link) for the matched policies and statements.",
  explicitNoAllow: "No Allow can fix an explicit Deny: find and change the denying statement.",
  fixers: {
    you: "you: the principal's own identity-based policy",
    organization: "organization admins: a service or resource control policy",
    "boundary-owner": "whoever manages the permissions boundary",
    "resource-owner": "the resource's owner: its resource-based policy",
    "session-issuer": "whoever assumed the role: the session policy",
    "endpoint-owner": "the VPC endpoint's owner: its endpoint policy",
    "role-owner": "the role's owner: its trust policy",
    unknown: "unknown: the error names no policy type",
  } satisfies Record<Fixer, string>,
};

export type Words = typeof EN;

const JA: Words = {
  title: "AWS の認可エラー",
  none: "AWS の認可エラーは見つかりませんでした。",
  who: "誰が",
  action: "アクション",
  resource: "リソース",
  why: "理由",
  fixer: "直す人",
  likely: "（ツールの文面からの推定）",
  times: "回",
  lines: "行",
  implicit: "許可するポリシーがない（暗黙的な拒否）",
  explicit: "明示的な Deny に一致した",
  unknownWhy: "エラーには書かれていません",
  in: "ポリシー",
  tokens: "エンコードされたメッセージ",
  decodeHint:
    "詳しい理由はデコードで分かります：authz-decoder --decode、または aws sts decode-authorization-message --encoded-message <トークン>",
  statement: "ステートメント",
  merged: "呼び出し元のポリシーで直せる分のポリシー",
  attach: "アタッチ先",
  link: "ページで開く",
  guardrail:
    "AI エージェント向けの AWS のガードレール（aws:ViaAWSMCPService / aws:CalledViaAWSMCP）が拒否しました。人が実行してください。回避しないでください。",
  narrowed: "入力が 10 MB を超えたため、拒否の前後の行だけを読みました。",
  truncated: "拒否の前後の行だけでも 10 MB を超えたため、残りは読んでいません。",
  masks: "貼り付け内のプレースホルダー（実際の値ではありません）",
  nothingToRead: "読み取れるものがありません：",
  orgCounts: (denied: number, seen: number) =>
    seen === 0
      ? "Athena で集計済み"
      : `${String(seen)} 件のイベントのうち ${String(denied)} 件が拒否`,
  toolbox:
    "IAM Toolbox の出力です。一致したポリシーとステートメントはページで開いて確認してください（--link）。",
  explicitNoAllow:
    "明示的な Deny は Allow では直せません。拒否しているステートメントを探して変更してください。",
  fixers: {
    you: "あなた：プリンシパル自身のアイデンティティベースのポリシー",
    organization: "組織の管理者：サービスコントロールポリシーまたはリソースコントロールポリシー",
    "boundary-owner": "アクセス許可の境界を管理している人",
    "resource-owner": "リソースの所有者：リソースベースのポリシー",
    "session-issuer": "ロールを引き受けた人：セッションポリシー",
    "endpoint-owner": "VPC エンドポイントの所有者：エンドポイントポリシー",
    "role-owner": "ロールの所有者：信頼ポリシー",
    unknown: "不明：エラーにポリシーの種類が書かれていません",
  },
};

export const wordsFor = (lang: Lang): Words => (lang === "ja" ? JA : EN);
