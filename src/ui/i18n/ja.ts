import type { Dictionary } from "./messages";

/**
 * 日本語の辞書。エンジニア向けの自然な日本語で、AWS の名前（サービス名、API 名、ポリシーの種類、
 * 条件キー）は AWS の表記のまま。キーは en.ts と同じで、型が欠けや余りを許さない。
 */
export const ja: Dictionary = {
  "lang.label": "言語",
  "lang.en": "English",
  "lang.ja": "日本語",
  "input.pasteClipboard": "クリップボードから貼り付け",
  "input.pasteClipboard.failed":
    "ブラウザーがクリップボードの読み取りを許可しませんでした。Ctrl+V（⌘V）で貼り付けてください。",
  "input.openFile": "テキストファイルを開く",
  "input.dropHint": "…またはテキストファイルをここにドロップ。",
  "input.file.tooLarge": "{name} は {size} バイトです。読み込めるのは {limit} バイトまでです。",
  "app.documentTitle": "authz-decoder：アクセスが拒否された理由を調べる",
  "theme.label": "テーマ",
  "theme.system": "システムのテーマ",
  "theme.light": "ライト",
  "theme.dark": "ダーク",
  "app.title": "authz-decoder",
  "app.tagline":
    "AWS の「not authorized」エラーの理由を読み解き、直すためのポリシーを作ります。すべてこのブラウザーのタブの中で処理します。",
  "input.label": "デコード済みの認可メッセージ、CLI の出力、またはエラー全文を貼り付け",
  "input.placeholder":
    "「aws sts decode-authorization-message」の出力、形式を問わずデコード済みの JSON、またはエラーメッセージ全体を貼り付けてください…",
  "input.example": "実例を試す",
  "input.pasted": "貼り付け済み：{what}（{size} 文字）。",
  "input.pasted.decoded": "デコード済みメッセージ",
  "input.pasted.toolbox": "IAM Toolbox の出力",
  "input.pasted.errors": "エラー文",
  "input.pasted.other": "テキスト",
  "input.edit": "編集",
  "input.clear": "クリア",
  "input.readAs": "読み取った形式：{forms}",
  "form.xml": "STS の XML レスポンス",
  "form.envelope": 'CLI の出力 {"DecodedMessage": …}',
  "form.bare-key": '"DecodedMessage" の行',
  "form.escaped": "エスケープされた JSON",
  "form.python": "Python の dict",
  "form.json": "JSON",
  "form.pretty-json": "整形済み JSON",

  "empty.heading": "なぜ拒否されたのか？",
  "empty.body":
    "AWS から返ってきたものをそのまま貼り付けてください。デコード済みメッセージを見つけ出し、誰が何をなぜ拒否されたのかを説明し、リクエストのコンテキストを表にして、修正用のポリシーを書き出します。",
  "empty.step1":
    "「Encoded authorization failure message」付きのエラーしかない場合は、{command} を実行してその出力をここに貼り付けてください。",

  "summary.heading": "何が起きたか",
  "summary.implicit-deny":
    "{who} は {resource} に対する {action} を許可されていません。許可するポリシーがありません。",
  "summary.explicit-deny":
    "{who} は {resource} に対する {action} を許可されていません。明示的な Deny に拒否されています。",
  "summary.allowed": "{who} は {resource} に対する {action} を許可されています。",
  "summary.denied":
    "{who} は {resource} に対する {action} を許可されていません。明示的な Deny に一致したかどうかは、貼り付けた内容から失われています。",
  "summary.unknown":
    "{who} が {resource} に対する {action} をリクエストしました。判定結果は貼り付けた内容から失われています。",
  "summary.unknownAction": "不明なアクション",
  "summary.unknownResource": "不明なリソース",
  "summary.unknownPrincipal": "不明なプリンシパル",
  "who.iam-user": "IAM ユーザー {name}",
  "who.iam-role": "ロール {name}",
  "who.role-session": "ロール {name}",
  "who.federated-user": "フェデレーションユーザー {name}",
  "who.root": "ルートユーザー",
  "who.unknown": "プリンシパル {name}",
  "who.masked.role": "名前が貼り付けで省かれたロール",
  "who.masked.iam-user": "名前が貼り付けで省かれた IAM ユーザー",
  "who.masked.federated-user": "名前が貼り付けで省かれたフェデレーションユーザー",
  "who.masked.unknown": "貼り付けで省かれたプリンシパル（表記は {name}）",
  "summary.unnamedCaller": "エラーが名前を示していない呼び出し元",
  "who.details.session-account": "（セッション {session}、アカウント {account}）",
  "who.details.session": "（セッション {session}）",
  "who.details.account": "（アカウント {account}）",

  "verdict.implicit-deny": "拒否：許可するポリシーなし",
  "verdict.explicit-deny": "拒否：明示的な Deny",
  "verdict.allowed": "許可",
  "verdict.denied": "拒否",
  "verdict.unknown": "判定不明",

  "principal.heading": "誰が",
  "principal.arn": "ARN",
  "principal.kind": "種類",
  "principal.account": "アカウント",
  "principal.partition": "パーティション",
  "principal.id": "一意の ID",
  "principal.name": "名前",
  "principal.role": "ロール",
  "principal.session": "セッション",
  "principal.permissionSet": "許可セット",
  "principal.missing": "プリンシパルは貼り付けた内容から失われています。",
  "kind.iam-user": "IAM ユーザー",
  "kind.iam-role": "IAM ロール",
  "kind.role-session.other": "ロールセッション（AssumeRole による一時的な認証情報）",
  "kind.role-session.identity-center": "IAM Identity Center のセッション",
  "kind.role-session.aws-backup":
    "AWS Backup のセッション（AWS Backup がバックアップや復元のために引き受けたロール）",
  "kind.role-session.ec2-instance":
    "EC2 インスタンスのセッション（インスタンスプロファイルのロール）",
  "kind.role-session.service-linked": "サービスにリンクされたロールのセッション",
  "kind.federated-user": "フェデレーションユーザー（GetFederationToken）",
  "kind.root": "アカウントのルートユーザー",
  "kind.unknown": "ARN からは判別できません",
  "idKind.sts-bearer-token": "STS ベアラートークン",
  "idKind.context-specific-credential": "コンテキスト固有の認証情報",
  "idKind.group": "IAM グループ",
  "idKind.iam-user": "IAM ユーザー",
  "idKind.instance-profile": "EC2 インスタンスプロファイル",
  "idKind.access-key": "長期アクセスキー",
  "idKind.managed-policy": "管理ポリシー",
  "idKind.managed-policy-version": "管理ポリシーのバージョン",
  "idKind.public-key": "公開鍵",
  "idKind.role": "IAM ロール。「:」の後ろはセッション名",
  "idKind.certificate": "証明書",
  "idKind.temporary-access-key": "一時的なアクセスキー",
  "idKind.unknown": "不明なプレフィックス（手作業で伏せ字にされたことが多い）",

  "request.heading": "何を",
  "accessLevel.List": "リスト",
  "accessLevel.Read": "読み取り",
  "accessLevel.Write": "書き込み",
  "accessLevel.Tagging": "タグ付け",
  "accessLevel.Permissions management": "アクセス許可の管理",
  "request.description.source": "AWS のリファレンスの説明（英語のみ）：",
  "request.accessLevel": "アクセスレベル",
  "request.reference": "AWS リファレンス",
  "request.reference.link": "{service}: アクション、リソース、条件キー",
  "request.unknownAction":
    "IAM のリファレンスにアクション {action} はありません。綴りを確認してください。ポリシーには書かれたとおりに入れています。",
  "request.resourceMismatch":
    "この ARN は {action} が受け付けるどのリソースタイプにも一致しません。メッセージが手で編集された可能性があります。",
  "request.action": "アクション",
  "request.resource": "リソース",
  "request.prefixRestored.resource-arn":
    "メッセージにはサービス名なしで「{raw}」と書かれていたため、リソース ARN からサービス「{service}」を補いました。",
  "request.prefixRestored.aws-service":
    "メッセージにはサービス名なしで「{raw}」と書かれていたため、aws:Service キーからサービス「{service}」を補いました。",

  "conditions.heading": "リクエストのコンテキスト",
  "conditions.caption": "AWS が評価したリクエストのコンテキストキーと値",
  "conditions.key": "キー",
  "conditions.values": "値",
  "conditions.usable": "ポリシーで使えるか",
  "conditions.usable.yes": "使える（{operator}）。ポリシーの上の選択肢で絞り込めます",
  "conditions.usable.yes.noPolicy": "使える（{operator}）",
  "conditions.usable.refused.changes-every-request":
    "等価条件には使えません（リクエストごとに値が変わります）",
  "conditions.usable.refused.wildcard-value":
    "等価条件には使えません（リクエストの値が “*” で、StringEquals ではただの文字として扱われます）",
  "conditions.usable.notForAction": "このアクションでは使えない",
  "conditions.usable.loading": "IAM のリファレンスを確認中…",
  "conditions.usable.no": "リクエスト専用",
  "conditions.usable.no.why":
    "AWS がこのリクエストを説明するために付けたキーです。ポリシーで判定しても意味がありません。",
  "conditions.missing": "リクエストのコンテキストキーは貼り付けた内容から失われています。",
  "conditions.none": "このメッセージにはコンテキストキーがありません。",
  "conditions.partial":
    "壊れた箇所より前の {count} 個のキーだけを表示しています。残りは失われています。",

  "statements.heading": "拒否したステートメント",
  "statements.caption": "一致したステートメント",
  "statements.sid": "ステートメント ID",
  "statements.noSid": "（Sid なし）",
  "statements.effect": "効果（Effect）",
  "statements.principals": "プリンシパル",
  "statements.actions": "アクション",
  "statements.resources": "リソース",
  "statements.conditions": "条件",
  "statements.lossy":
    "デコード済みメッセージには条件の演算子（StringEquals、BoolIfExists など）が含まれず、ステートメントが Action と NotAction、Resource と NotResource のどちらを使ったかもわかりません。変更する前に、ポリシー内の実際のステートメントを確認してください。",

  "section.whoWhat": "だれが、何を：プリンシパルとリクエスト",
  "section.message": "デコード済みメッセージ",
  "fix.heading": "修正方法",
  "fix.allow.intro": "このポリシーのアタッチ先：{target}。",
  "fix.target.iam-user":
    "IAM ユーザー {name}（インラインポリシー、またはユーザーかその所属グループの管理ポリシー）",
  "fix.target.iam-role": "IAM ロール {name}",
  "fix.target.iam-role-session":
    "IAM ロール {name}。セッション {session} はロールの権限で動いており、セッション自体にはポリシーを付けられません",
  "fix.target.permission-set":
    "IAM Identity Center の許可セット {name}。ロール {role} は Identity Center が作成・上書きするため、IAM のロールではなく IAM Identity Center の許可セットを変更してください",
  "fix.target.federated-user":
    "GetFederationToken を呼び出した IAM ユーザー。その呼び出しで渡したセッションポリシーでも許可してください。フェデレーションユーザーは両方が許可したものしか使えません",
  "fix.target.root":
    "どこにもアタッチできません。ルートユーザーにはポリシーを付けられません。ルートの拒否は SCP、RCP、またはリソースベースのポリシーによるものです",
  "fix.target.unknown":
    "リクエストしたプリンシパル（ARN からはどのロールやユーザーか判別できませんでした）",
  "fix.target.name-only":
    "AWS が {name} という名前だけで示したプリンシパル。ユーザーかロールか、どのアカウントかはエラーからわかりません。aws iam get-user --user-name または get-role --role-name で確かめて、そこにアタッチしてください",
  "guard.risky.all-actions":
    "リスク：このステートメントはすべてのアクション（“*”）を許可します。管理者権限と同じで、拒否されたリクエストに必要な範囲をはるかに超えています。",
  "guard.risky.service-wildcard":
    "リスク：このステートメントはサービスのすべてのアクション（{value}）を許可します。拒否されたリクエストに必要な範囲をはるかに超えています。",
  "guard.risky.privilege-escalation":
    "リスク：{value} を持つプリンシパルは権限や認証情報を変更でき、自分の権限を引き上げられます。管理者権限を与えるのに近いので、このリソースだけに限り、誰が持つかを確認してください。",
  "guard.risky.pass-role-any":
    "リスク：すべてのロールへの iam:PassRole は、管理者のロールを含むどのロールでもサービスに渡せるようにします。リクエストが渡したロールだけに限ってください。",
  "guard.risky.assume-role-any":
    "すべてのロールに対する {value}：アカウントを信頼するすべてのロールを引き受けられます。ロールを指定してください。",
  "guard.risky.principal-everyone":
    "Principal がすべての人（*）です。条件を除けば、どのアカウントの誰でも対象になります。代わりにロールを指定してください。",
  "guard.risky.principal-account":
    "Principal がアカウント全体（{value}）です。自身のポリシーが許可するそのアカウントのすべてのプリンシパルが対象になります。そのロールだけにするならロールを指定してください。",
  "guard.placeholder":
    "「{value}」には実際の値ではなく、マスクやプレースホルダーが入っています。使う前に置き換えてください。",
  "guard.invisible":
    "値に目に見えない文字が含まれています（エスケープして表示）：{value}。使う前に出どころを確認してください。",
  "guard.invalid-name.characters":
    "アタッチ用のコマンドはありません。{entity}名「{value}」は IAM の名前として無効です（英数字と +=,.@_- のみ）。マスクされたか、AWS が書いた名前ではありません。",
  "guard.invalid-name.length":
    "アタッチ用のコマンドはありません。{entity}名「{value}」は IAM の上限（{limit} 文字）より長いです。",
  "guard.invalid-name.empty": "アタッチ用のコマンドはありません。{entity}名がわかりません。",
  "guard.entity.user": "ユーザー",
  "guard.entity.role": "ロール",
  "guard.entity.permission-set": "許可セット",
  "guard.entity.policy": "ポリシー",
  "guard.size": "サイズ：{size} 文字（上限 {limit} 文字、空白は数えません）。",
  "guard.size.over":
    "このポリシーは {size} 文字で、ここでの上限 {limit} 文字（空白は数えません）を超えています。代わりに下の小さなポリシーを使ってください。",
  "guard.part": "{count} 個中 {index} 個目",
  "draft.note.permission-differs":
    "AWS が実行していたのは {performed} で、確認して不足していた権限は {permission} です。ポリシーでは {permission} を許可します。",
  "draft.note.resource-built":
    "AWS はリソースを ARN ではなく「{written}」と書いています。ポリシーでは、同じエラーのアカウントから組み立てた {arn} を使います。",
  "draft.note.resource-wildcard.no-resource":
    "エラーにリソースがないので、ステートメントは “*” を使います。リソースがわかったら絞り込んでください。",
  "draft.note.resource-wildcard.not-a-resource":
    "AWS はリソースを「{written}」と書いています。ARN でも、ARN を組み立てられる名前でもないので、ステートメントは “*” を使います。",
  "draft.note.resource-placeholder.account":
    "AWS はリソースを ARN ではなく「{written}」と書いており、エラーからはそのアカウントが分かりません。ステートメントでは {arn} としています。使う前に <ACCOUNT_ID> をアカウント ID に置き換えてください。",
  "draft.note.resource-placeholder.region":
    "AWS はリソースを ARN ではなく「{written}」と書いており、エラーからはそのリージョンが分かりません。ステートメントでは {arn} としています。使う前に <REGION> をリージョンに置き換えてください。",
  "draft.note.resource-placeholder.region+account":
    "AWS はリソースを ARN ではなく「{written}」と書いており、エラーからはリージョンもアカウントも分かりません。ステートメントでは {arn} としています。使う前に <REGION> と <ACCOUNT_ID> を置き換えてください。",
  "fix.note.other-resource-types":
    "{action} は複数の種類のリソースを確認します。このポリシーが対象にするのは {covered} だけです。リクエストが使う次のリソースも必要になることがあります：{others}。順に確認され、拒否のたびに最初に失敗した 1 つだけが示されます。",
  "report.summary.explicit.untyped":
    "{who} は {resource} に対する {action} を許可されていません。明示的な Deny が拒否しています（どのポリシーかはエラーに書かれていません）。",
  "report.summary.noResource.explicit.untyped":
    "{who} は {action} を許可されていません。明示的な Deny が拒否しています（どのポリシーかはエラーに書かれていません）。",
  "report.summary.noAction":
    "{who} は拒否されましたが、AWS はアクションを示していません（「{text}」と書かれています）。",
  "report.operation":
    "エラーは {operation} オペレーションで起きました。アクションはそのサービスのものと考えられます。",
  "report.permission":
    "AWS が実行していたのは {action} で、確認して不足していた権限は {permission} です。",
  "owner.explicit.untyped":
    "明示的な Deny に一致しましたが、どのポリシーかはエラーに書かれていません。候補：プリンシパルのアイデンティティベースのポリシーやアクセス許可の境界（アカウント管理者）、サービスコントロールポリシーやリソースコントロールポリシー（組織の管理者）、セッションポリシー（ロールを引き受けた人やツール）、リソース自体のポリシー（所有者）。Allow では解決できません。",
  "owner.unknown.noToken.drafted":
    "どのポリシーが拒否したかはエラーに書かれておらず、デコードできるトークンもありません。下の Allow が通常の修正です。それでも拒否される場合は、この呼び出しの CloudTrail イベントでポリシーの種類を確認してください。",
  "owner.unknown.noToken":
    "どのポリシーが拒否したかはエラーに書かれておらず、デコードできるトークンもありません。ツールのデバッグログか CloudTrail で完全なエラーを探してください。",
  "fix.copy": "ポリシーをコピー",
  "fix.copyFormat": "コピー",
  "fix.scope.label": "リソース",
  "fix.narrow.legend": "絞り込む",
  "fix.narrow.key": "{key} が {value} のときだけ（{operator}）",
  "fix.narrow.changed": "印の付いた {count} 行が、選んだ内容で変わった箇所です。",
  "fix.scope.exact": "このリソースだけ：{arn}",
  "fix.scope.type": "同じ場所の同じ種類すべて：{arn}",
  "fix.scope.any": "すべてのリソース：*",
  "fix.formats": "デプロイ形式",
  "format.json": "JSON",
  "format.cli": "AWS CLI",
  "format.terraform": "Terraform",
  "format.cloudformation": "CloudFormation",
  "format.cdk": "CDK (TypeScript)",
  "fix.verify.ok": "確認済み：このステートメントは拒否されたリクエストを許可します（{checks}）。",
  "fix.verify.okRisky":
    "確認済み：このステートメントは拒否されたリクエストを許可します（{checks}）。ただし、それ以上のものも許可します。上のリスクを確認してください。",
  "fix.verify.bad":
    "このステートメントでは拒否されたリクエストを許可できません：{parts} が一致しなくなります。直前の絞り込みを取り消してください。",
  "fix.verify.part.action": "アクション",
  "fix.verify.part.resource": "リソース",
  "fix.verify.unknown": "{key} はメッセージの値と照合できません。",
  "fix.copied": "コピーしました",
  "fix.copyFailed": "コピーできませんでした。ポリシーを選択して手動でコピーしてください。",
  "fix.passedToService.label": "ロールを {service} に渡すときだけ許可する（iam:PassedToService）",
  "fix.passedToService.why":
    "このリクエストはロールを {service} に渡していました。この条件で、ほかのサービスにはロールを渡せなくなります。最終的にロールを引き受けるサービスは、ロールを受け取ったサービスと異なる場合があります（ECS タスク：ecs-tasks.amazonaws.com）。その場合は値を変えてください。",
  "fix.note.run-instances-resources":
    "RunInstances は複数のリソース（インスタンス、イメージ、サブネット、ネットワークインターフェイス、セキュリティグループ、ボリューム、キーペア）を順に確認します。このリソースを許可すると次のリソースで拒否されることがあるので、そのエラーもデコードしてください。",
  "fix.note.passed-to-service-unknown":
    "メッセージにはロールを渡した先のサービスがありません（aws:Service キーなし）。そのため iam:PassedToService で絞り込めません。",
  "fix.note.tentative-verdict":
    "明示的な Deny に一致したかどうかが失われています。元のメッセージが explicitDeny: true なら、この Allow では解決しません。",
  "fix.note.other-policies-can-deny":
    "これで直るのはアイデンティティベースのポリシーだけです。サービスコントロールポリシー、リソースコントロールポリシー、アクセス許可の境界、セッションポリシー、リソースベースのポリシーが引き続き拒否することがあります。",
  "fix.deny.intro":
    "Allow では解決できません。明示的な Deny はあらゆる Allow に優先するので、{who} に権限を足しても効果はありません。拒否しているステートメントを変更・削除するか、リクエストがそのステートメント（たとえば条件）に一致しないようにしてください。",
  "fix.deny.boundary":
    "ステートメントのプリンシパルが SCOPE_POLICY_ISSUER なので、アクセス許可の境界によるものです。境界を設定したアカウントの IAM 管理者が変更できます。",
  "fix.deny.where":
    "デコード済みメッセージにはポリシー名が含まれません。ステートメントの場所の候補：プリンシパルのアイデンティティベースのポリシーとアクセス許可の境界（アカウント管理者）、組織のサービスコントロールポリシーとリソースコントロールポリシー（組織の管理者）、セッションポリシー（ロールを引き受けた人やツール）、リソース自体のポリシー（リソースの所有者）。新しい形式のエラー文では、エンコードされたメッセージの前の文にポリシーの種類が書かれています。",
  "fix.deny.aiAgent":
    "この Deny は AI エージェント向けの AWS のガードレールで、意図どおりに動いています。このページは、これを外す・狭める・回避するものを一切作成しません。",
  "fix.deny.identityCenter":
    "これは IAM Identity Center のセッションです。許可セット内の Deny は Identity Center の管理者が変更します。",
  "fix.allowed":
    "AWS はこのリクエストを許可しています。失敗の原因は別にあります。同じ呼び出しの別のアクションやリソース、または後続の処理を確認してください。",
  "fix.insufficient":
    "{missing} が貼り付けた内容から失われているため、ポリシーを作れません。メッセージ全体を貼り付けてください。",
  "fix.insufficient.action": "アクション",
  "fix.insufficient.resource": "リソース",
  "fix.insufficient.both": "アクションとリソース",

  "json.heading": "デコード済みメッセージ",
  "json.partial": "貼り付けた内容のうち、壊れていない部分だけを表示しています。",
  "json.loading": "読み込み中…",
  "extra.heading":
    "その他のフィールド：failures と、このページが知らないフィールド（そのまま表示）",
  "extra.path": "フィールド",
  "extra.value": "値",
  "failures.heading": "評価の失敗（failures）",

  "warnings.label": "警告",
  "warning.line-breaks-removed":
    "エスケープされたメッセージの途中の改行を取り除きました。改行は AWS ではなく、折り返したターミナルやチャット画面によるものです。",
  "warning.invalid-escapes":
    "JSON で使えないバックスラッシュのエスケープ（\\* など）{count} 個を、ただの文字として読みました。Markdown などでテキストが整形された可能性があります。",
  "warning.incomplete.elided": "このメッセージは不完全です。一部が省略されています{where}。",
  "warning.incomplete.truncated": "このメッセージは途中で切れています{where}。",
  "warning.incomplete.damaged": "このメッセージは壊れています{where}。",
  "warning.incomplete.where": "（{line} 行目 {column} 文字目から読めなくなっています）",
  "warning.incomplete.missing": "壊れていない部分だけを表示しています。失われたもの：{missing}。",
  "warning.incomplete.nothingMissing": "壊れていない部分だけを表示しています。",
  "warning.token-noted":
    "テキストにはエンコードされたトークン（{token}）も含まれていますが、デコード済みメッセージを使いました。",
  "warning.token-noted.many":
    "テキストにはエンコードされたトークンが {count} 個（最初：{token}）含まれていますが、デコード済みメッセージを使いました。",
  "warning.placeholder-account":
    "「{value}」は 12 桁の AWS アカウント ID ではありません。伏せ字か入力ミスのようです。",
  "warning.name-arn-mismatch":
    "プリンシパルの名前（{name}）が ARN のユーザー（{arnName}）と異なります。メッセージが手で編集された可能性があります。",
  "warning.unexpected-shape":
    "フィールド {field} の形がこのページの知らないものです（{detail}）。下のデコード済みメッセージでそのまま確認してください。",
  "warning.verdict-partly-unknown":
    "明示的な Deny に一致したかどうかがわからないため、判定は確実ではありません。",
  "warning.duplicate-keys":
    "1 つのオブジェクトに同じキーが 2 回あります（{keys}）。JSON では最後の値だけが使われるため、このページも最後の値を読みます。AWS が書いたのはどちらか確認してください。",
  "warning.string-booleans":
    'allowed と explicitDeny が文字列（"false"）で書かれています（AWS の API リファレンスの例と同じ）。真偽値として読みました。',

  "error.too-large":
    "貼り付けた内容は {size} 文字です。このページで読めるのは {limit} 文字までです。エラーかデコード済みメッセージだけを貼り付けてください。",
  "error.too-deep":
    "このテキストは括弧が {limit} 段より深く入れ子になっています。AWS のメッセージにはありえない形なので、読み取りませんでした。",
  "error.binary.image":
    "これは画像（{kind}）で、テキストではありません。このページはエラーの文面を読みます。エラーが表示された場所から文面をコピーするか、スクリーンショットを先にテキストにしてください（多くのスマートフォンや macOS・Windows のスクリーンショット機能で画像から文字をコピーできます）。",
  "error.binary":
    "このファイルはテキストではありません{kind}。このページが読むのはエラーの文面、ログ、デコード済みメッセージです。CloudTrail の .json.gz ファイルは先に展開してください（gunzip）。",
  "error.not-found":
    "認可メッセージが見つかりません。デコード済みの JSON（「allowed」「explicitDeny」「context」を含むもの）、aws sts decode-authorization-message の出力、または「Encoded authorization failure message」を含むエラーを貼り付けてください。",
  "input.openTrail": "CloudTrail のファイルを開く",
  "org.back": "組織全体の一覧に戻る",
  "input.openQueries": "Athena で CloudTrail を検索",
  "input.pastedTrail": "貼り付けたテキスト",
  "input.showLine": "{line} 行目を表示",
  "error.unparseable":
    "メッセージを読めませんでした：{line} 行目 {column} 文字目で {expected} が必要ですが、「{found}」がありました。",
  "error.not-authz-message":
    "この JSON はデコード済みの認可メッセージではありません（{missing} がありません）。",
  "error.empty": "",
  "error.crash":
    "結果の表示中に問題が起きました。貼り付けた内容は残っています。内容を変えるか、最初からやり直してください。",
  "error.crash.reset": "やり直す",

  "expected.InvalidSymbol": "正しい JSON",
  "expected.InvalidNumberFormat": "数値",
  "expected.PropertyNameExpected": "ダブルクォートで囲んだプロパティ名",
  "expected.ValueExpected": "値",
  "expected.ColonExpected": "コロン",
  "expected.CommaExpected": "カンマ",
  "expected.CloseBraceExpected": "閉じ括弧 }",
  "expected.CloseBracketExpected": "閉じ括弧 ]",
  "expected.EndOfFileExpected": "JSON の終わり",
  "expected.InvalidCommentToken": "コメントなし",
  "expected.UnexpectedEndOfComment": "コメントの終わり",
  "expected.UnexpectedEndOfString": "閉じクォート",
  "expected.UnexpectedEndOfNumber": "完全な数値",
  "expected.InvalidUnicode": "正しい \\u エスケープ",
  "expected.InvalidEscapeCharacter": "正しいエスケープ",
  "expected.InvalidCharacter": "使える文字",

  "org.files": "CloudTrail：{files} 個のファイル",
  "org.progress.label": "CloudTrail のファイルを読み込み中",
  "org.progress":
    "読み込み中：{total} 中 {read}、{filesTotal} 個中 {files} 個のファイル。これまでに {events} 件のイベント、うち拒否 {denied} 件。",
  "org.progress.done":
    "{total} 中 {read}、{filesTotal} 個中 {files} 個のファイルを読みました：{events} 件のイベント、うち拒否 {denied} 件。",
  "org.cancel": "中止",
  "org.cancelled":
    "中止しました。それまでに読んだ拒否を下に示します。残りのファイルは読んでいません。",
  "org.none":
    "これらのイベントに拒否はありません（エラーコード AccessDenied、UnauthorizedOperation、Client.UnauthorizedOperation がありません）。",
  "org.problem.not-json-or-csv":
    "{name} は CloudTrail の JSON でも Athena の CSV でもないため、読み飛ばしました。",
  "org.problem.no-events":
    "{name} は JSON ですが CloudTrail のイベント（Records、Events、イベントの項目）がないため、読み飛ばしました。",
  "org.problem.value-too-large":
    "{name} には Records 配列を含まない {limit} を超える値があるため、読み飛ばしました。",
  "org.problem.cut-off":
    "{name} はレコードの途中で終わっています（コピー中に切れた？）。切れる前のイベントは数えています。",
  "org.problem.malformed":
    "{name} は正しい JSON ではありません（開いていない括弧が閉じられています）。それより前のイベントは数えています。",
  "org.problem.gzip-cut":
    "{name} は途中で終わっている gzip ファイルです（ダウンロード中に切れた？）。切れる前のイベントは数えています。",
  "org.problem.unreadable":
    "{name} を読めませんでした（読み込み中に移動・削除された？）。それより前のイベントは数えています。",
  "org.heading": "組織全体の拒否",
  "org.filters": "絞り込み",
  "org.filter.account": "アカウント",
  "org.filter.principal": "プリンシパル",
  "org.filter.service": "サービス",
  "org.filter.from": "この日から",
  "org.filter.to": "この日まで",
  "org.filter.all": "すべて（{count}）",
  "org.shown": "{total} 件中 {count} 件の異なる拒否（イベント {events} 件）、多い順。",
  "org.caption":
    "組織全体の異なる拒否：件数、権限、プリンシパル、アカウント、リソース、理由、時期、修正できる人。",
  "org.col.events": "件数",
  "org.col.principal": "プリンシパル",
  "org.col.account": "アカウント",
  "org.col.seen": "最初 – 最後",
  "org.open": "開く",
  "org.others":
    "ほかの人が変更するもの（{count} 件）：所有者が管理するポリシー向けのステートメント",
  "org.decoded.unread": "このページで読めなかったデコード済みメッセージ",
  "org.share": "この一覧へのリンクをコピー（伏せ字、トークンなし）",
  "org.decoded": "デコード済み（{count}）",
  "org.query.heading": "Athena と CloudTrail Lake のクエリ",
  "org.query.intro":
    "組織の証跡のスキャンは AWS のエンジンに任せ、まとめた拒否だけを受け取ります。テーブルを一度作り、拒否のクエリを実行して、その結果（CSV または get-query-results の JSON）をここにドロップしてください。",
  "org.query.bucket": "証跡のバケット",
  "org.query.organization": "組織 ID",
  "org.query.accounts": "アカウント",
  "org.query.regions": "リージョン",
  "org.query.table": "テーブル",
  "org.query.days": "日数",
  "org.query.store": "イベントデータストア（ID または ARN）",
  "org.query.copy": "SQL をコピー",
  "org.query.table.title":
    "1. 最初に一度：組織の証跡のテーブル（アカウント、リージョン、日付によるパーティション射影）",
  "org.query.table.needs":
    "テーブルの SQL には、証跡のバケット、組織 ID、アカウント、リージョンを入力してください。",
  "org.query.denials.title": "2. 過去 {days} 日間の拒否（Athena で集計）",
  "org.query.results":
    "結果を Athena のコンソールから CSV でダウンロードするか、aws athena get-query-results を実行して、そのファイルをここにドロップしてください。",
  "org.query.lake": "CloudTrail Lake（2026 年 5 月 31 日以降は新規の利用不可）",
  "org.query.lake.title": "イベントデータストア向けの同じ拒否クエリ",
  "org.query.problem.bucket":
    "バケット名ではありません：「{value}」（小文字、数字、ドット、ハイフンの 3〜63 文字）。",
  "org.query.problem.organization":
    "組織 ID ではありません：「{value}」（o- に続く小文字または数字 10〜32 文字）。",
  "org.query.problem.table":
    "Athena が引用符なしで受け付けるテーブル名ではありません：「{value}」（小文字、数字、_）。",
  "org.query.problem.account":
    "アカウント ID ではありません：「{value}」（12 桁。テーブルには 1 つ以上必要）。",
  "org.query.problem.region":
    "リージョンではありません：「{value}」（eu-west-1 など。1 つ以上必要）。",
  "org.query.problem.date": "開始日ではありません：「{value}」（YYYY/MM/DD）。",
  "org.query.problem.days": "日数は 1〜366 の整数で指定してください（「{value}」ではなく）。",
  "org.query.problem.event-data-store":
    "イベントデータストアの ID または ARN ではありません：「{value}」。",
  "org.athena.heading": "ここから Athena で拒否のクエリを実行",
  "org.athena.intro":
    "このマシンの AWS の権限（npm start）で実行します。サーバーが上の値からクエリを組み立てて実行し、結果の行がページごとに一覧に入ります。テーブル（手順 1）が必要です。",
  "org.athena.database": "データベース",
  "org.athena.workgroup": "ワークグループ",
  "org.athena.output": "結果の保存先（ワークグループに設定がない場合）",
  "org.athena.run": "Athena で実行",
  "org.athena.running": "Athena：{state}、{scanned} GB をスキャン済み…",
  "org.athena.results": "結果を読み込み中：{pages} ページ目、これまでに {rows} 件の拒否…",
  "org.athena.done":
    "完了：{pages} ページで {rows} 件の異なる拒否。Athena のスキャン量は {scanned} GB。",
  "org.athena.failed": "Athena はクエリを実行しませんでした（{code}）：{message}",
  "overview.heading": "概要",
  "overview.caption": "拒否ごとの権限、リソース、理由、修正できる人",
  "overview.action": "権限",
  "overview.resource": "リソース",
  "overview.why": "理由",
  "overview.fixer": "修正できる人",
  "overview.why.implicit": "{policy}で許可されていない",
  "overview.why.explicit": "{policy}の Deny",
  "overview.why.untyped": "エラーに名前のないポリシー",
  "overview.why.trust": "ロールの信頼ポリシーに一致しない",
  "overview.why.unknown": "エラーに書かれていない",
  "fixer.you": "あなた（自分の IAM ポリシー）",
  "fixer.organization": "組織の管理者",
  "fixer.boundary-owner": "アクセス許可の境界の管理者",
  "fixer.resource-owner": "リソースの所有者",
  "fixer.session-issuer": "セッションポリシーを渡した人",
  "fixer.endpoint-owner": "VPC エンドポイントの管理者",
  "fixer.role-owner": "ロールの所有者（信頼ポリシー）",
  "fixer.unknown": "不明（トークンをデコードしてください）",
  "fixer.unknown.noToken": "不明（デコードできるトークンがありません）",
  "overview.likely": "（推定）",
  "decode.loop.heading": "デコード（{count} 件）",
  "decode.loop.hint":
    "すべてのトークンを 1 つのコマンドでデコードします。出力をここに貼り付けてください。",
  "report.heading": "{count} 件のエラーが見つかりました",
  "report.heading.one": "1 件のエラーが見つかりました",
  "report.groups": "異なる拒否は {count} 件です。同じものはまとめています。",
  "report.seen": "{count} 回出現（{lines} 行目）。",
  "report.seenOnce": "{line} 行目。",
  "report.more": "ほかに {count} 件の拒否は表示していません。ログを短くして貼り付けてください。",
  "report.noReason": "AWS は呼び出しを拒否しましたが、足りない権限を示していません。",
  "report.noReason.operation": "AWS は {action} を拒否しましたが、足りない権限を示していません。",
  "report.noReason.likely":
    "AWS は呼び出しを拒否しましたが、足りない権限を示していません。ツールの文面からは {action} と思われます。",
  "report.event": "CloudTrail イベント {name}（{source}、{region}、{time}、実行者 {identity}）。",
  "report.decodeHint":
    "トークンをデコードすると、リクエストのコンテキストと該当するステートメントがわかります。",
  "report.summary.implicit":
    "{who} は {resource} に対する {action} を許可されていません。許可する{policy}がありません。",
  "report.summary.explicit":
    "{who} は {resource} に対する {action} を許可されていません。{policy}の明示的な Deny に拒否されています。",
  "report.summary.unknown": "{who} は {resource} に対する {action} を許可されていません。",
  "report.summary.noResource.implicit":
    "{who} は {action} を許可されていません。許可する{policy}がありません。",
  "report.summary.noResource.explicit":
    "{who} は {action} を許可されていません。{policy}の明示的な Deny に拒否されています。",
  "report.summary.noResource.unknown": "{who} は {action} を許可されていません。",
  "report.summary.kms":
    "{who} は KMS キーに対して {action} を実行できません。このリージョンにキーが存在しないか、キーポリシーが許可していないか、キーポリシーが拒否しています。AWS の文はどれかを示していません。",
  "report.summary.setting":
    "{who} は {resource} に対して {action} を実行できません。理由：{setting}。これはポリシーではなく設定です。",
  "report.summary.noResource.setting":
    "{who} は {action} を実行できません。理由：{setting}。これはポリシーではなく設定です。",
  "report.summary.sse-c-blocked":
    "{who} は {resource} に対して {action} を実行できません。このバケットは顧客提供キー（SSE-C）で暗号化したアップロードを拒否しています。",
  "report.summary.noResource.sse-c-blocked":
    "{who} は {action} を実行できません。このバケットは顧客提供キー（SSE-C）で暗号化したアップロードを拒否しています。",
  "report.summary.declarative-policy":
    "{who} は {resource} に対して {action} を実行できません。組織の EC2 宣言型ポリシーがブロックしています。",
  "report.summary.noResource.declarative-policy":
    "{who} は {action} を実行できません。組織の EC2 宣言型ポリシーがブロックしています。",
  "report.masks":
    "実際の値ではありません：{list}。このページでは書かれたとおりに残しています。ここから作成したものを使う前に、それぞれ実際の値に置き換えてください。",
  "report.masks.principal": "プリンシパル内の「{written}」",
  "report.masks.action": "アクション内の「{written}」",
  "report.masks.resource": "リソース内の「{written}」",
  "report.policyArn": "拒否したポリシー：{arn}",
  "policyType.identity-based": "アイデンティティベースのポリシー",
  "policyType.resource-based": "リソースベースのポリシー",
  "policyType.permissions-boundary": "アクセス許可の境界",
  "policyType.service-control": "サービスコントロールポリシー（SCP）",
  "policyType.resource-control": "リソースコントロールポリシー（RCP）",
  "policyType.session": "セッションポリシー",
  "policyType.vpc-endpoint": "VPC エンドポイントポリシー",
  "owner.implicit.identity-based":
    "プリンシパル自身のポリシーのどれもこれを許可していません。ポリシー案の Allow をそれに追加してください（アカウントの IAM 管理者が追加できます）。",
  "owner.explicit.identity-based":
    "プリンシパル自身のポリシーにある Deny ステートメントが拒否しています。Allow では解決しません。アカウントの IAM 管理者がその Deny を削除するか狭める必要があります。",
  "owner.implicit.resource-based":
    "リソース自体のポリシー（バケット、キー、キュー、ロールの信頼ポリシーなど）がこのプリンシパルを許可していません。リソースの所有者が Allow を追加する必要があり、プリンシパル側のポリシーだけでは解決しません。",
  "owner.explicit.resource-based":
    "リソース自体のポリシーが拒否しています。変更できるのはリソースの所有者だけで、プリンシパル側の Allow では解決しません。",
  "owner.implicit.permissions-boundary":
    "プリンシパルのアクセス許可の境界がこれを許可していません。境界はどのポリシーで与えられる権限にも上限をかけます。アカウントの IAM 管理者が境界を広げる必要があり、プリンシパル自身のポリシーの Allow では解決しません。",
  "owner.explicit.permissions-boundary":
    "プリンシパルのアクセス許可の境界にある Deny が拒否しています。境界を設定したアカウントの IAM 管理者が変更する必要があります。Allow では解決しません。",
  "owner.implicit.service-control":
    "AWS Organizations のサービスコントロールポリシーがこれを許可していません。SCP を変更できるのは組織の管理者だけで、自分のポリシーの Allow では解決しません。",
  "owner.explicit.service-control":
    "AWS Organizations のサービスコントロールポリシーが拒否しています。SCP を変更できるのは組織の管理者だけで、自分のポリシーの Allow では解決しません。",
  "owner.implicit.resource-control":
    "AWS Organizations のリソースコントロールポリシーがこれを許可していません。RCP を変更できるのは組織の管理者だけで、自分のポリシーの Allow では解決しません。",
  "owner.explicit.resource-control":
    "AWS Organizations のリソースコントロールポリシーが拒否しています。RCP を変更できるのは組織の管理者だけで、自分のポリシーの Allow では解決しません。",
  "owner.implicit.session":
    "ロールを引き受けたときに渡されたセッションポリシーがこれを許可していません。ロールを引き受けた人やツール（ポリシー付きで AssumeRole を呼んだもの）が、より広いセッションポリシーを渡す必要があります。ロールのポリシーの Allow では解決しません。",
  "owner.explicit.session":
    "ロールを引き受けたときに渡されたセッションポリシーが拒否しています。ロールを引き受けた側が別のセッションポリシーを渡す必要があります。ロールのポリシーの Allow では解決しません。",
  "owner.implicit.vpc-endpoint":
    "リクエストが通った VPC エンドポイントのポリシーがこれを許可していません。エンドポイントの管理者（多くはネットワーク管理者）が変更する必要があり、自分のポリシーの Allow では解決しません。",
  "owner.explicit.vpc-endpoint":
    "リクエストが通った VPC エンドポイントのポリシーが拒否しています。エンドポイントの管理者が変更する必要があり、自分のポリシーの Allow では解決しません。",
  "owner.unknown":
    "エラー文には、どのポリシーが拒否したかが書かれていません。トークンをデコードして確認してください。",
  "owner.kms-key-unavailable":
    "この一文には三つの原因があります。まずキーそのものを確かめてください。別のリージョンやアカウントのキー ID やエイリアス、削除されたキーでも同じ文になります（キーのリージョンで、キーの完全な ARN を使ってください。キーの所有者は aws kms describe-key で確認できます）。キーが存在するなら、決めるのはキーポリシーです。キーの所有者がこのプリンシパル向けのステートメント（下記）を追加するか、このプリンシパルを名指す Deny を外す必要があります。プリンシパル自身のポリシーの Allow が効くのは、キーポリシーがアカウントに委任している場合だけです。",
  "owner.setting":
    "これはポリシーではありません：{text}。バケットの所有者（またはアカウントの S3 ブロックパブリックアクセス設定の管理者）が、意図した変更である場合に限り、その設定を変える必要があります。どのポリシーの Allow も効かないため、ポリシーは作成していません。",
  "owner.sse-c-blocked":
    "S3 はこのバケットへの SSE-C アップロードをブロックしています（2026 年 4 月以降、新しいバケットは既定でブロックします）。代わりに SSE-S3 か SSE-KMS でアップロードするか、バケットの所有者に既定の暗号化（BlockedEncryptionTypes）で SSE-C を許可してもらってください。IAM ポリシーでは解決しないため、ポリシーは作成していません。",
  "owner.declarative-policy":
    "AWS Organizations の EC2 宣言型ポリシーがこれをブロックしています。そのメッセージ：「{text}」。変更できるのは組織の管理者だけです。IAM ポリシーでは解決しないため、ポリシーは作成していません。",
  "token.heading": "エンコードされたメッセージ",
  "token.complete": "完全なトークン（{length} 文字）。次のコマンドでデコードできます：",
  "token.truncated":
    "このトークンは途中で切れています（{length} 文字。本物は数百〜数千文字）。デコードは失敗するので、元の場所からエラー全体をコピーし直してください。",
  "token.truncated.ellipsis":
    "このトークンは「...」で終わっており、ツールに短縮されています（{length} 文字分）。デコードは失敗するので、元のメッセージ全体を取得してください（CloudTrail ならコンソールの表ではなくイベントの JSON から）。",
  "token.placeholder":
    "トークンの位置に「{text}」があります。ツールか書き手がトークンを省略しています。ログから元のエラーを探してください。",
  "token.elided":
    "このトークンは貼り付けた人が途中を省略しています（途中に「{marker}」、残りは {length} 文字）。デコードできないので、元のエラーを使ってください。",
  "token.withheld":
    "共有リンクにはトークンを含めないため、このトークンは省かれています（{length} 文字、{judgement}）。送り主に引き継ぎ用のリンクか元のエラーを頼んでください。",
  "token.judgement.complete": "完全",
  "token.judgement.truncated": "途中で切れている",
  "token.judgement.elided": "手作業で省略",
  "token.judgement.placeholder": "プレースホルダー",
  "token.judgement.redacted": "上書きされている",
  "token.judgement.lowercased": "小文字化されている",
  "token.judgement.empty": "空",
  "token.redacted":
    "このトークンは一部が x で上書きされており（{length} 文字）、もうデコードできません。元のエラーを使ってください。",
  "token.lowercased":
    "このトークンには大文字がありません。どこかでテキストが小文字に変換されており、もうデコードできません。元のエラーを使ってください。",
  "token.empty":
    "トークンがあるはずの位置でエラーが終わっています。ツールが落としています。ツールのデバッグログか CloudTrail でエラー全体を探してください。",
  "token.dash":
    "このトークンは「-」で始まります。コマンドでは --encoded-message=… の形にしているので、CLI がオプションと取り違えることはありません。",
  "draft.heading": "ポリシーの下書き",
  "draft.heading.for": "{who} 用のポリシーの下書き",
  "draft.marker":
    "デコード済みメッセージではなくエラー文から作った下書きです。トークンをデコードするまでリクエストの条件はわかりません。使う前に確認してください。",
  "draft.covers":
    "対象は、プリンシパル自身のポリシーに Allow を足せば直る拒否だけです。上のほかの拒否は、別の誰かの変更が必要です。",
  "decode.here": "または、自分の AWS 認証情報でこの場で {count} 個のトークンをデコード",
  "decode.heading": "AWS でデコード",
  "decode.local.intro":
    "このページはローカルのエンドポイント（npm start）と一緒に動いており、このマシンの AWS の権限でデコードします。認証情報はそのプロセスの中にとどまり、返ってくるのはデコード済みメッセージだけです。",
  "decode.local.profile": "プロファイル",
  "decode.local.profileDefault": "デフォルト（AWS_PROFILE またはデフォルトのチェーン）",
  "decode.region": "リージョン",
  "decode.region.hint":
    "空欄ならプロファイルのリージョン、またはパーティションの既定（{region}）を使います。",
  "decode.browser.intro":
    "自分の認証情報でこの場でデコードします。aws configure export-credentials --format env（または --format process）の出力を貼り付けるか、各項目を入力してください。",
  "decode.browser.paste": "認証情報（export-credentials の出力）",
  "decode.browser.fields": "または 3 つの項目を入力",
  "decode.browser.accessKeyId": "アクセスキー ID",
  "decode.browser.secretAccessKey": "シークレットアクセスキー",
  "decode.browser.sessionToken": "セッショントークン（一時的な認証情報の場合）",
  "decode.browser.use": "この認証情報を使う",
  "decode.browser.memory":
    "認証情報はこのタブのメモリーにだけ保持します。保存も、リンクへの記載も、ログへの出力もしません。「認証情報を消去」を押すか、タブを閉じると消えます。",
  "decode.browser.sessionWarning":
    "GetSessionToken や GetFederationToken で得た認証情報ではこの API を呼べません。ロールかユーザーの認証情報を使ってください。",
  "decode.browser.ready": "キー {key} を使用中{session}{expires}。",
  "decode.browser.ready.session": "（セッショントークンあり）",
  "decode.browser.ready.expires": "、有効期限 {time}",
  "decode.browser.forget": "認証情報を消去",
  "decode.browser.endpoint": "STS エンドポイント（VPC エンドポイント、FIPS など）",
  "decode.browser.endpoint.hint": "トークンの送信先：{endpoint}",
  "decode.browser.endpoint.refused.not-a-url":
    "「{endpoint}」は URL ではありません。https://… を入力するか、空欄にしてください。",
  "decode.browser.endpoint.refused.not-https":
    "「{endpoint}」は HTTPS ではありません。トークンは HTTPS で AWS に（またはこのマシンのループバックに）だけ送れます。",
  "decode.browser.endpoint.refused.not-aws":
    "「{endpoint}」はこのページが呼び出せる STS エンドポイントではありません。使えるのは sts.<region>.amazonaws.com、その FIPS 版、VPC エンドポイント（….sts.<region>.vpce.amazonaws.com）、ループバックだけです。",
  "decode.browser.endpoint.refused.has-path":
    "「{endpoint}」にパス、クエリ、ユーザー名が含まれています。エンドポイントのオリジン（https://host）だけを入力してください。",
  "decode.browser.advanced": "詳細設定",
  "decode.credentials.empty": "先に認証情報を貼り付けるか、各項目を入力してください。",
  "decode.credentials.missing": "不足している項目：{fields}。",
  "decode.credentials.malformed-key-id":
    "アクセスキー ID は AKIA… や ASIA… のような英大文字と数字です。",
  "decode.credentials.expired":
    "この認証情報は {time} に期限切れになっています。新しく書き出してください。",
  "decode.button": "{count} 個のトークンをデコード",
  "decode.button.one": "トークンをデコード",
  "decode.identity": "{arn} としてデコードします",
  "decode.progress": "{total} 個中 {done} 個をデコード中…",
  "decode.done": "{total} 個中 {ok} 個をデコードしました。",
  "decode.cli":
    "または、各トークンの横に示したコマンドで自分でデコードして、出力をここに貼り付けてください。",
  "decoded.heading": "デコード済みメッセージ",
  "decoded.combined.hint":
    "上の拒否のうち Allow で直るものをまとめました。リソースの組ごとに 1 ステートメントで、重複はありません。上で選んだ条件は引き継いでいません。",
  "failure.heading": "トークン {token} はデコードできませんでした",
  "failure.details.network": "リクエストは AWS に届きませんでした：{message}",
  "decode.credentials.session-token-missing":
    "このアクセスキーは ASIA で始まる一時的なキーで、セッショントークン（AWS_SESSION_TOKEN）がないと署名できません。トークンも貼り付けてください。",
  "failure.details": "AWS の応答：{code}：{message}",
  "failure.access-denied":
    "デコード自体が拒否されました。呼び出し元に sts:DecodeAuthorizationMessage の権限がありません。権限を管理する人（アカウントの IAM 管理者）が次を許可する必要があります：",
  "failure.session-credentials":
    "GetSessionToken や GetFederationToken で得た認証情報では DecodeAuthorizationMessage を呼べません。ロールかユーザーの認証情報、または CLI のコマンドを使ってください。",
  "failure.invalid-message":
    "STS がこのトークンをデコードできませんでした。途中で切れている、古すぎる、または別のアカウントやパーティションで発行されたものです。エラーが起きたアカウント（とパーティション）の認証情報でデコードしてください。",
  "failure.expired-credentials":
    "認証情報の期限が切れています。更新してから（aws sso login、または書き出し直し）再試行してください。",
  "failure.invalid-credentials":
    "AWS がこの認証情報を認識しません。キーやシークレットの誤り、削除されたキー、または別のパーティションのものです。確認してから再試行してください。",
  "failure.clock-skew":
    "このコンピューターの時計が AWS の時刻とずれすぎているため、署名付きリクエストが拒否されました。時計を直してから再試行してください。",
  "failure.throttled":
    "STS がリクエストを制限しています。少し待ってからもう一度デコードしてください。",
  "failure.no-credentials":
    "このマシンに AWS の認証情報が見つかりません。サインイン（aws sso login --profile NAME）か設定（aws configure）をしてから再試行してください。",
  "failure.network":
    "リクエストが STS に届きませんでした（ネットワーク、プロキシー、VPC エンドポイント、またはブラウザーのクロスオリジン制限）。代わりに CLI のコマンドを使ってください。",
  "failure.invalid-token":
    "このトークンは送れません。トークンは A–Z、a–z、0–9、_、- からなる 1〜10,240 文字です。",
  "failure.refused":
    "ローカルのエンドポイントがリクエストを拒否しました（{code}）。npm start が表示したアドレスでページを開いてください。",
  "failure.unknown": "デコードに失敗しました。",
  "link.hiddenInPolicy":
    "このポリシーには送信者が伏せた値（{values}）が残っています。使う前に実際の値に戻してください。",
  "share.handoff.copied": "トークン {count} 個だけを含むリンクをコピーしました（{length} 文字）。",
  "share.handoff.copied.ids":
    "トークン {count} 件と認可 ID {ids} 件だけを含むリンクをコピーしました（{length} 文字）。",
  "authz.unreadable":
    "IAM Toolbox の出力のようですが、完全な詳細ページもポリシーも読み取れませんでした。コマンドが出力した JSON 全体を貼り付けてください。",
  "authz.intro":
    "AWS はこの拒否を認可 ID {id} で記録しています。詳細には、判定を決めたポリシーとステートメントが載っています。",
  "authz.console": "AWS コンソールで詳細を開く",
  "authz.policyCommands": "一致した各ポリシー（リクエストが拒否された時点の内容）：",
  "authz.needs":
    "詳細は少なくとも 24 時間保持されます。読み取りには iam:GetRequestAuthorizationDetails（ポリシーには iam:GetRequestAuthorizationPolicy も）が必要で、リクエストを行ったアカウントまたは組織からのみ読めます。出力をここに貼り付けてください。",
  "authz.heading": "AWS によるリクエストの評価",
  "authz.principal": "リクエストしたプリンシパル：{arn}",
  "authz.moreToFetch":
    "この評価には続きのページがあります（nextToken）。続きのページも貼り付けるか、--no-paginate を付けずにコマンドを実行してください。",
  "authz.matched": "一致したポリシー",
  "authz.matched.none":
    "一致したステートメントはありません。このリクエストを許可も拒否もしたものはありません。",
  "authz.policy.inlineWord": "（インライン）",
  "authz.policy.managedWord": "（管理ポリシー）",
  "authz.policy.inline": "インラインポリシー {uri}",
  "authz.policy.unknownType": "このページが知らない種類のポリシー",
  "authz.attachedTo": "アタッチ先：{entities}",
  "authz.entity.user": "ユーザー {name}",
  "authz.entity.role": "ロール {name}",
  "authz.entity.group": "グループ {name}",
  "authz.entity.ou": "組織単位 {name}",
  "authz.entity.account": "アカウント {name}",
  "authz.entity.root": "組織のルート {name}",
  "authz.statement.noSid": "Sid のないステートメント",
  "authz.statement.deny": "Deny",
  "authz.statement.allow": "Allow",
  "authz.effect.ALLOW": "許可",
  "authz.effect.EXPLICIT_DENY": "明示的な拒否",
  "authz.effect.IMPLICIT_DENY": "許可なし",
  "authz.fix.allowed": "リクエストのこの部分は許可されました。ここで直すものはありません。",
  "authz.fix.unknown": "AWS は効果 {effect} を返しましたが、このページはこれを知りません。",
  "authz.fix.explicit":
    "明示的な Deny で決まりました。Allow では解決できません。拒否したステートメントを変えるしかありません：",
  "authz.fix.explicit.statement": "{policy} の {sids}。{owner}",
  "authz.fix.implicit": "次のどれも許可していません：{types}。それぞれが許可する必要があります。",
  "authz.fix.limit":
    "{policy} はこのリクエストを許可していません。その所有者が追加する必要があります。",
  "authz.evaluationContext": "この評価のコンテキストキー",
  "authz.pastedPolicy": "貼り付けたポリシー",
  "authz.pastedPolicy.uri": "ポリシー {uri}（リクエストが拒否された時点の内容）",
  "authz.pastedPolicy.marked": "印の付いた部分が、AWS が一致したと報告したステートメントです。",
  "authz.policyOnly":
    "これは認可の詳細を含まないポリシードキュメントです。どのステートメントが一致したかを見るには、get-request-authorization-details の出力も一緒に貼り付けてください。",
  "policyArn.aws-managed": "AWS 管理ポリシー {name}（AWS が所有）",
  "policyArn.customer-managed": "アカウント {account} のカスタマー管理ポリシー {name}",
  "policyArn.service-control":
    "組織 {organization} のサービスコントロールポリシー {id}（管理アカウント {account} が保持）",
  "policyArn.resource-control":
    "組織 {organization} のリソースコントロールポリシー {id}（管理アカウント {account} が保持）",
  "authz.fetch.heading": "IAM Toolbox から詳細を取得",
  "authz.fetch.local":
    "このマシンの AWS の認証情報（AWS CLI と同じもの）で取得します。認証情報はこのマシンから出ません。",
  "authz.fetch.browser":
    "貼り付けた認証情報でこのページから取得します（メモリ上だけに保持し、下のデコードと共用）。リクエストはここで署名し、表示したエンドポイントにだけ送ります。",
  "authz.fetch.endpoint": "IAM Toolbox のエンドポイント（VPC エンドポイント、FIPS など）",
  "authz.fetch.endpoint.hint": "リクエストの送信先：{endpoint}",
  "authz.fetch.button": "詳細を取得",
  "authz.fetch.running": "詳細と一致したポリシーを取得しています…",
  "authz.fetch.done": "詳細を {pages} ページ取得しました。",
  "authz.fetch.policyFailed": "ポリシー {uri} は取得できませんでした：{reason}",
  "authz.fetch.failure.access-denied":
    "アクセスが拒否されました。詳細を読むには下の権限が必要です（IAM 管理者に依頼してください）。",
  "authz.fetch.failure.not-found":
    "見つかりません。AWS の保持期間（少なくとも 24 時間）を過ぎたか、この認証情報とは別のアカウントまたは組織からのリクエストです。",
  "authz.fetch.failure.validation":
    "AWS はこれを認可 ID として受け付けませんでした。エラーから全体をコピーしたか確認してください。",
  "authz.fetch.failure.throttled":
    "AWS がこの呼び出しを制限しています。少し待ってからやり直してください。",
  "authz.fetch.failure.credentials":
    "AWS はこの認証情報を受け付けませんでした（誤り、期限切れ、または別のパーティション）。",
  "authz.fetch.failure.network":
    "リクエストは AWS に届きませんでした。ネットワーク、プロキシ、エンドポイントを確認してください。",
  "authz.fetch.failure.server": "IAM Toolbox で内部エラーが起きました。後でやり直してください。",
  "authz.fetch.failure.unknown": "このページが知らない理由でリクエストが失敗しました。",
  "why.heading": "Deny が一致した理由",
  "why.statement": "ステートメント {sid}",
  "why.statement.noSid": "Sid のないステートメント",
  "why.inferredBoundary": "（プリンシパル SCOPE_POLICY_ISSUER から見て、アクセス許可の境界のもの）",
  "why.actionListed": "{action} が列挙されています。",
  "why.notAction":
    "{action} は列挙されていないのに一致しました。これは NotAction のステートメントで、列挙したもの以外のすべてのアクションを拒否します。",
  "why.notResource":
    "このリソースは列挙されていないのに一致しました。これは NotResource のステートメントで、列挙したもの以外のすべてのリソースが対象です。",
  "why.likely": "考えられる原因：{cause}",
  "why.likely.mfa":
    "MFA なしでリクエストしています。MFA でサインインして（CLI では aws sts get-session-token に --serial-number と --token-code を付けて得たセッションで）やり直してください。",
  "why.likely.secure-transport":
    "HTTPS を使わずにリクエストしています。HTTPS のエンドポイントを使ってください。",
  "why.likely.region.outside":
    "{region} は許可されたリージョン（{allowed}）に含まれていません。そのどれかを使ってください。",
  "why.likely.region.denied":
    "{region} へのリクエストは拒否されています。別のリージョンを使ってください。",
  "why.likely.request-tag":
    "リクエストのタグ {tag} が判定されています（{values}）。リソースの作成時やタグ付け時に、必要な値でタグを付けてください。",
  "why.likely.request-tag.missing":
    "リクエストにタグ {tag} がなく、このステートメントはそれを必須にしています。リソースを作るときにタグ {tag} を付けてください（run-instances なら --tag-specifications など）。",
  "why.likely.resource-tag":
    "リソースのタグ {tag} が判定されています（{values}）。リソースのタグを確認してください。",
  "why.likely.source-ip":
    "呼び出し元は {ip} で、{values} と照合されています。許可されたネットワークから呼び出してください。",
  "why.likely.network-path":
    "ネットワーク経路が判定されています（{key}：{values}）。想定された VPC またはエンドポイント経由で呼び出してください。",
  "why.likely.organization":
    "組織が判定されています（{key}：{values}）。プリンシパルかリソースが組織の外にあります。",
  "why.likely.ai-agent":
    "この Deny は AI エージェント向けの AWS のガードレールです。AWS 管理の MCP サーバーを経由したリクエストをブロックします（{key}）。まさにこのリクエストを止めるためのものなので、外したり回避したりしないでください。許されているなら、エージェントを介さずご自身で実行するか、ポリシーの所有者に相談してください。",
  "why.key.absent":
    "{key}：ステートメントは {values} を判定しますが、リクエストにはこのキーがありませんでした。",
  "why.key.present":
    "{key}：ステートメントは {values} を判定し、リクエストの値は {requested} でした。",
  "why.inference":
    "デコード済みメッセージには演算子も、列挙が Action か NotAction かも含まれません。ここに書いたのは残っている情報からの推測です。ポリシー本体（または IAM Toolbox の詳細）で確定できます。",
  "check.heading": "自分のポリシーで確かめる",
  "check.label": "プリンシパルのポリシーを貼り付け（JSON、または AWS CLI の出力）",
  "check.hint":
    "使えるもの：ポリシー、aws iam get-role-policy・get-user-policy・get-group-policy・get-policy-version・get-account-authorization-details、aws organizations describe-policy、IAM Toolbox の get-request-authorization-policy の出力。種類はあとから変えられます。このタブの外には出ません。",
  "policy.syntax":
    "ポリシーですが、{line} 行目 {column} 列目で JSON が壊れています（{expected} が必要ですが「{found}」があります）。そこを直すと読み込めます。",
  "check.none":
    "このテキストにはポリシーが見つかりません。ポリシーの JSON か、コマンドの出力全体を貼り付けてください。",
  "check.tooDeep":
    "このテキストの JSON のうち {count} 個は括弧が {limit} 段より深く入れ子になっています。そのようなポリシーはないため、除外しました。",
  "check.result": "これらのポリシーでの評価：{ours}。AWS の判定：{aws}。",
  "check.decision.allow": "許可",
  "check.decision.explicit-deny": "明示的な Deny で拒否",
  "check.decision.implicit-deny": "拒否（許可するものなし）",
  "check.decision.unknown": "不明（メッセージから失われています）",
  "check.differs.policies-missing":
    "両者が異なります。ここに貼り付けていないポリシー（境界、SCP、セッションポリシー、リソースベースのポリシー、ほかのアイデンティティポリシー）が効いています。",
  "check.differs.keys-missing":
    "デコード済みメッセージに、これらのポリシーが判定するコンテキストキーがすべては含まれていないため、結果が異なる可能性があります。",
  "check.deniedBy": "{policy} のステートメント {sid} が拒否しました。",
  "check.caughtBy": "{operator}（{key}：{values}）に該当しました。リクエストの値は {had} でした。",
  "check.caughtBy.absent":
    "{operator}（{key}：{values}）に該当しました。リクエストにこのキーはありませんでした。",
  "fix.deny.find.heading": "拒否しているステートメントを探す",
  "fix.deny.find.identity":
    '次の読み取り専用コマンドで、プリンシパルのポリシーとアクセス許可の境界を表示できます。リクエストのアクションを含む "Deny" ステートメントを探してください：',
  "fix.deny.find.organization":
    "見つからない場合、サービスコントロールポリシーとリソースコントロールポリシーを組織の管理アカウントから一覧できます（各ポリシーは aws organizations describe-policy --policy-id … で表示）：",
  "fix.launchSet.label":
    "起動全体を対象にする：イメージ、サブネット、ネットワークインターフェイス、セキュリティグループ、ボリューム、キーペア",
  "fix.launchSet.why":
    "起動ではこれらが順に確認され、拒否されるのは最初に失敗したものだけです。インスタンスだけを許可すると、次のリソースで再び拒否されます。AWS の RunInstances のポリシー例もこの組み合わせを許可しています（イメージは任意のアカウント、その他はこのアカウント）。",
  "guard.placeholders.parts":
    "実際の値ではありません：{parts} は{count, plural, one {マスク} other {いずれもマスク}}またはプレースホルダーで、このポリシーの {values} 個の値に含まれています。使う前に置き換えてください。",
  "guard.placeholders":
    "次の値はマスクまたはプレースホルダーで、実際の値ではありません：{values}。このポリシーを使う前に置き換えてください。",
  "report.tokens.summary":
    "このエラーのエンコードされたメッセージ {count} 件とデコードするコマンド（すべて上の「デコード」にもあります）",
  "check.nearest.heading": "最も惜しかったステートメント",
  "check.nearest.statement": "{policy} のステートメント {sid} が最も近いものでした。",
  "check.nearest.condition":
    "条件 {operator}（{key}）は {values} を求めていますが、リクエストの値は {had} でした。",
  "check.nearest.condition.absent":
    "条件 {operator}（{key}）は {values} を求めていますが、リクエストにこのキーはありませんでした。",
  "check.nearest.element.Action": "Action にリクエストのアクションが含まれていません。",
  "check.nearest.element.NotAction": "NotAction がリクエストのアクションを除外しています。",
  "check.nearest.element.Resource": "Resource にリクエストのリソースが含まれていません。",
  "check.nearest.element.NotResource": "NotResource がリクエストのリソースを除外しています。",
  "check.nearest.element.Principal": "Principal に呼び出し元が含まれていません。",
  "check.nearest.element.NotPrincipal": "NotPrincipal が呼び出し元を除外しています。",
  "check.nearest.element.Condition": "条件が満たされませんでした。",
  "check.nearest.edit":
    "一致させる変更（印の部分、{count} か所）。この変更で、貼り付けたポリシーがリクエストを許可することを確認済みです。上の新しいステートメントを使う方法もあります：",
  "check.nearest.noEdit":
    "このステートメントをどう変更しても、貼り付けたポリシーはリクエストを許可しません。上の新しいステートメントを使ってください。",
  "check.nearest.notEnough":
    "このステートメントを変更しても拒否されたままです。貼り付けたポリシーのうち {types} がリクエストを許可していません。上のステートメントを使ってください。",
  "check.nearest.copy": "変更したステートメントをコピー",
  "check.decision.refused": "ポリシーにかかわらずサービスが拒否",
  "check.rule.explicit-deny":
    "決め手：適用されるいずれかのポリシーの Deny は、何が許可していても優先します。",
  "check.rule.not-principal-boundary":
    "決め手：NotPrincipal を使った Deny は、アクセス許可の境界を持つ呼び出し元を、列挙されていても必ず拒否します。",
  "check.rule.no-permission-needed":
    "決め手：sts:GetCallerIdentity には権限が不要で、どの Deny でも止められません。",
  "check.rule.refused-by-service":
    "決め手：ポリシーの内容にかかわらず、サービスがこれを拒否します。",
  "check.rule.limit-lacks-allow":
    "決め手：適用される SCP の各階層、RCP の各階層、アクセス許可の境界、セッションポリシー、VPC エンドポイントポリシーもそれぞれ許可する必要があり、ここではそれが欠けています（{types}）。",
  "check.rule.direct-grant":
    "決め手：同じアカウントでは、ユーザーやロールセッションそのもの（またはすべて）を指定したリソースポリシーだけで許可されます。アクセス許可の境界やセッションポリシーの暗黙的な拒否では取り消されません。",
  "check.rule.role-grant":
    "決め手：リソースポリシーはロールを指定しているため、そのセッションではアクセス許可の境界とセッションポリシーも許可する必要があります。",
  "check.rule.account-delegation":
    "決め手：リソースのポリシーはアカウントを指定しており、それだけでは何も許可しません。判断をアカウントの ID ベースのポリシーに委ねるため、呼び出し元自身のポリシーも許可する必要があります（AWS の既定のキーポリシーがこれです）。",
  "check.rule.identity-allow":
    "決め手：同じアカウントでは、制限するものがなければ ID ベースの Allow だけで十分です。",
  "check.rule.both-sides":
    "決め手：アカウントをまたぐ場合、呼び出し元の ID ベースのポリシーとリソースのポリシーの両方が許可する必要があります。",
  "check.rule.key-policy-required":
    "決め手：KMS キーは、キー自身のポリシーが直接、またはアカウントを指定して許可する必要があります。ID ベースの Allow だけでは足りません。",
  "check.rule.trust-policy-required":
    "決め手：ロールを引き受けるには、ロールの信頼ポリシーが呼び出し元を許可する必要があります。",
  "check.rule.nothing-allows":
    "決め手：適用されるものが何も許可しておらず、IAM は既定で拒否します。",
  "check.service.aws-managed-policy": "AWS 管理ポリシーはお客様が変更できません。",
  "check.service.aws-reserved-role":
    "IAM Identity Center のロール（/aws-reserved/ 配下）は IAM ではなく Identity Center で変更します。",
  "check.service.service-linked-role":
    "サービスリンクロールのポリシーは編集できません。削除できるのは iam:DeleteServiceLinkedRole だけです。",
  "check.service.reserved-alias":
    "alias/aws/ で始まるエイリアス名は AWS マネージドキー用に予約されています。",
  "check.note.not-applicable.management-account":
    "{type} はここには適用されません。組織の管理アカウントは制限されません。",
  "check.note.not-applicable.service-linked-role":
    "{type} はここには適用されません。サービスリンクロールは制限されません。",
  "check.note.not-applicable.not-an-iam-principal":
    "{type} はここには適用されません。呼び出し元はメンバーアカウントの IAM ユーザーやロールではありません。",
  "check.note.not-applicable.service-not-supported":
    "{type} はここには適用されません。RCP はこのサービスを対象にしていません（{date} 時点の AWS の一覧）。",
  "check.note.not-applicable.aws-managed-key":
    "{type} はここには適用されません。RCP は AWS マネージドキーには適用されません。",
  "check.note.not-applicable.not-a-session":
    "{type} はここには適用されません。セッションポリシーを持つのはロールセッションとフェデレーションユーザーだけです。",
  "check.note.not-applicable.no-identity-policies":
    "{type} はここには適用されません。呼び出し元は IAM の ID ではありません。",
  "check.note.levels-assumed":
    "{type} はアタッチ先が示されていないため、一つの階層として扱っています。AWS ではルートから各 OU、アカウントまで、すべての階層に Allow が必要です。",
  "check.note.resource-policy-not-given.kms-key-policy":
    "このリクエストにはキー自身のポリシーが必要ですが、貼り付けられていません。AWS の判断を確かめるには、それも貼り付けてください。",
  "check.note.resource-policy-not-given.role-trust-policy":
    "このリクエストにはロールの信頼ポリシーが必要ですが、貼り付けられていません。AWS の判断を確かめるには、それも貼り付けてください。",
  "check.note.invalid-statement.no-principal":
    "{policy} のステートメント {index} には Principal がありません。AWS はそのようなリソースベースのポリシーを受け付けないため、ここでは何も許可しません。",
  "check.note.invalid-statement.principal-in-identity-policy":
    "{policy} のステートメント {index} には Principal があります。ID ベースのポリシーでは AWS が受け付けないため、数えていません。",
  "check.note.unmodeled.kms-grants":
    "チェックの限界：KMS のグラントでも許可されることがありますが、グラントはモデル化していません。",
  "check.note.unmodeled.s3-acls":
    "チェックの限界：S3 の ACL やオブジェクト所有者の設定でも決まることがありますが、モデル化していません。",
  "share.options.redacted": "リンクの内容：マスク済み（{count} 件を置換）、プレビューと設定",
  "share.options.plain": "リンクの内容：マスクなし、プレビューと設定",
  "share.heading": "共有",
  "share.intro":
    "リンクは分析結果を #フラグメント に入れて運びます。フラグメントはブラウザーからサーバーへ送られません。何もアップロードしません。",
  "share.redact": "識別できる値を隠す",
  "share.category.accounts": "アカウント ID",
  "share.category.uniqueIds": "一意の ID（AROA…、AIDA…、ASIA…）",
  "share.category.names": "ユーザー名、セッション名、ソース ID",
  "share.category.emails": "メールアドレス",
  "share.category.tags": "タグの値",
  "share.category.organizations": "組織、OU、ルート、ポリシーの ID",
  "share.category.ips": "IP アドレス",
  "share.category.custom": "次の値も隠す",
  "share.custom.placeholder": "バケット名、ホスト名など（カンマか改行で区切る）",
  "share.preview": "リンクに含まれる内容（そのまま）：",
  "share.replaced": "{count} 個の値を置き換えました。",
  "share.copy": "共有リンクをコピー",
  "share.copied": "共有リンクをコピーしました（{length} 文字）。",
  "share.failed": "リンクを作れませんでした：{reason}",
  "share.policyNote": "「ポリシーをコピー」は伏せ字なしの実際のポリシーをコピーします。",
  "share.handoff": "チームメイトにデコードを頼むリンクをコピー",
  "share.handoff.hint":
    "デコードを頼むリンクは、アカウントで sts:DecodeAuthorizationMessage の権限を持つ同僚向けです。このリンクに含まれるのはトークン、認可 ID とそのリージョン（IAM Toolbox 用）、パーティションだけです。",
  "link.hidden":
    "送信者が伏せた値：{values}。以下では、これらの名前が実際の値の代わりに入っています。",
  "link.loaded": "共有リンクから開きました。",
  "link.handoff":
    "チームメイトからこれらのトークンのデコードを頼まれています。下でデコードして、結果の共有リンクを送り返してください。",
  "link.movedFromQuery":
    "このリンクはデータをクエリー文字列に入れていました。クエリー文字列は Web サーバーに送られるため、ブラウザーの外に出ない #フラグメント に移しました。",
  "link.error.not-ours": "このリンクの #フラグメント は共有リンクではありません。",
  "link.error.unknown-version":
    "この共有リンクは新しいバージョンのページ（{version}）で作られています。リンクを作り直してもらうか、作成元のページで開いてください。",
  "link.error.too-large": "この共有リンクは大きすぎて安全に開けません。",
  "link.error.corrupt":
    "この共有リンクは壊れています（途中で切れたか、書き換えられています）。もう一度送ってもらってください。",
  "link.error.invalid":
    "この共有リンクには、このページが受け付けないデータが含まれています（{detail}）。",
  "command.copy": "コマンドをコピー",
  "command.pasteBack": "AWS の認証情報が使える場所で実行し、その出力を上の欄に貼り付けてください。",
  "copy.done": "クリップボードにコピーしました",
  "report.summary.sts":
    "STS が {action} を拒否しました：ロールの信頼ポリシーにこの ID に一致するステートメントがありません。",
  "report.summary.sts.role":
    "STS が {resource} への {action} を拒否しました：ロールの信頼ポリシーにこの ID に一致するステートメントがありません。",
  "owner.trust":
    "ロールを引き受けられる相手は、ロールの信頼ポリシーが決めます。ロールの所有者が、この ID を信頼するステートメント（下記）を追加する必要があります。",
  "report.summary.trailOnly":
    "エラー本文のない認可 ID（{id}）です。IAM Toolbox で、誰が何をどのリソースで拒否されたか、どのポリシーとステートメントが決めたかが分かります。",
  "owner.trailOnly":
    "下で詳細を取得するか、コマンドを実行してください。この ID があれば、アカウントまたは組織で iam:GetRequestAuthorizationDetails を持つ人は、少なくとも 24 時間、リクエストに一致したポリシーとステートメントを見られます。",
  "share.idsLeftOut":
    "{count, plural, other {認可 ID（# 件）は含めていません}}。ID があれば、アカウントで iam:GetRequestAuthorizationDetails を持つ人は誰でもリクエストのポリシーとステートメントを読めます。チームメイトにデコードを頼むリンクには含めます。",
  "fixTarget.heading": "追加するステートメントと追加先",
  "fixTarget.add": "{target}に追加{account}",
  "fixTarget.account": "（アカウント {account}）",
  "fixTarget.account.unknown": "（所有者のアカウント：ARN からは分かりません）",
  "fixTarget.identity": "{who} のアイデンティティベースのポリシー",
  "fixTarget.boundary": "{who} のアクセス許可の境界 {boundary} ",
  "fixTarget.boundary.unnamed": "{who} のアクセス許可の境界",
  "fixTarget.session": "{who} のセッション作成時に渡すセッションポリシー",
  "fixTarget.scp": "サービスコントロールポリシー {policy} ",
  "fixTarget.scp.unnamed": "このアカウントにかかるサービスコントロールポリシー",
  "fixTarget.resource.s3": "{name} のバケットポリシー",
  "fixTarget.resource.kms": "{name} のキーポリシー",
  "fixTarget.resource.sqs": "{name} のキューポリシー",
  "fixTarget.resource.sns": "{name} のトピックポリシー",
  "fixTarget.resource.lambda": "{name} の関数ポリシー",
  "fixTarget.resource.ecr": "{name} のリポジトリポリシー",
  "fixTarget.resource.secretsmanager": "シークレット {name} のリソースポリシー",
  "fixTarget.resource.other": "{name} のリソースベースのポリシー",
  "fixTarget.endpoint": "VPC エンドポイント {endpoint} のポリシー",
  "fixTarget.endpoint.unnamed": "リクエストが通った {service} の VPC エンドポイントのポリシー",
  "fixTarget.trust": "ロール {role} の信頼ポリシー",
  "fixTarget.trust.unnamed": "引き受けようとしたロールの信頼ポリシー",
  "fixTarget.role.named": "エラーは、このポリシーに Allow がないと述べています。",
  "fixTarget.role.other-side":
    "アカウントをまたぐリクエストは、呼び出し側とリソース側の両方で許可が必要です。こちら側にもあることを確かめてください。",
  "fixTarget.role.either":
    "エラーはどのポリシーに Allow がないかを述べていません：次のどちらかです。",
  "fixTarget.note.scp":
    "SCP の Allow は許可の上限を示すだけで、権限を与えません。呼び出し側のアイデンティティベースのポリシーでも許可が必要で、ルートから各 OU、アカウントまでのすべての階層に Allow が必要です。SCP は組織の管理アカウントから変更します。",
  "fixTarget.note.boundary":
    "境界はプリンシパルにできることの上限を決めるだけです：アイデンティティベースのポリシーでも許可が必要です。",
  "fixTarget.note.session":
    "セッションポリシーはロールの権限を狭めるだけで、セッション作成時（AssumeRole の Policy または PolicyArns）に渡されます：セッションを作るコードやツールを変更してください。ロール自身のポリシーでも許可が必要です。",
  "fixTarget.note.session-principal":
    "Principal はセッションではなくロール {role} です：セッションの ARN はその 1 つのセッションにしか一致しません。",
  "fixTarget.note.identity-center":
    "IAM Identity Center はこのロールをパス aws-reserved/sso.amazonaws.com/ の下に作り、権限セットを再プロビジョニングすると別の接尾辞で作り直します：このステートメントはロールを名指しせず、aws:PrincipalArn で権限セットのロールに一致させます。",
  "fixTarget.note.github":
    "GitHub Actions：ロールのアカウントに IAM OIDC プロバイダー token.actions.githubusercontent.com が必要です。sub はワークフローを実行するリポジトリ（とブランチまたは環境）に一致させます。",
  "fixTarget.note.eks":
    "EKS：クラスターの OIDC 発行者を IAM OIDC プロバイダーとして登録する必要があります（aws eks describe-cluster で確認できます）。sub にはサービスアカウントの名前空間と名前が入ります。",
  "fixTarget.note.web-identity":
    "エラーからは ID プロバイダーが分かりません：プレースホルダーをそのホスト、オーディエンス、サブジェクトに置き換えてください。",
  "fixTarget.note.saml": "IAM に登録した SAML プロバイダーの名前を使ってください。",
  "fixTarget.placeholders": "貼り付ける前に置き換えてください：{values}。",
  "fixTarget.commands": "既存の内容を残すコマンド",
  "fixTarget.commands.replacing":
    "書き込みはポリシー全体を置き換えるため、まず現在のポリシーを読み、jq でステートメントを追加し、まとめて書き戻します。最後の手順の前に policy.json を確認してください。",
  "fixTarget.commands.additive":
    "Lambda は関数のポリシーにステートメントを 1 つ追加します：何も置き換えません。",
  "fixTarget.commands.none":
    "このサービス独自のポリシー API を使い、リソースの既存のポリシーにステートメントを追加してください。",
  "fixTarget.merge.label": "統合する現在のポリシーを貼り付け（読み取りコマンドの出力でも可）",
  "fixTarget.merge.button": "統合",
  "fixTarget.merge.added":
    "{sid} として追加しました：ステートメントは {count} 個になりました。ほかは変わっていません。",
  "fixTarget.merge.already":
    "このポリシーには既に同じステートメントがあります（{sid}）：追加は不要です。",
  "fixTarget.merge.no-policy":
    "貼り付けた内容にポリシーが見つかりません：ポリシーの JSON か、上の読み取りコマンドの出力を貼り付けてください。",
  "fixTarget.merge.too-large":
    "AWS が受け付けるどのポリシーよりも大きすぎます（キーポリシーでも最大 32 KB）：ポリシーだけを貼り付けてください。",
  "fixTarget.merge.too-deep":
    "この JSON は括弧が {limit} 段より深く入れ子になっています。そのようなポリシーはないため、読み取りませんでした。",
  "fixTarget.merge.copy": "統合したポリシーをコピー",
  "overview.fix": "{sid} を{target}に追加",
  "report.caller": "呼び出し元：{who}。",
  "overview.fix.identity": "{sid} を {who} に追加",
};
