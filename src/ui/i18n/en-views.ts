/** English strings of the result views (see en.ts). */
export const enViews = {
  "form.xml": "STS XML response",
  "form.envelope": 'CLI envelope {"DecodedMessage": …}',
  "form.bare-key": '"DecodedMessage" line',
  "form.escaped": "escaped JSON",
  "form.python": "Python dict",
  "form.json": "JSON",
  "form.pretty-json": "pretty JSON",
  "summary.heading": "What happened",
  "summary.implicit-deny": "{who} may not {action} on {resource}: no policy allows it.",
  "summary.explicit-deny": "{who} may not {action} on {resource}: an explicit Deny blocks it.",
  "summary.allowed": "{who} is allowed to {action} on {resource}.",
  "summary.denied":
    "{who} may not {action} on {resource}. The paste lost whether an explicit Deny matched.",
  "summary.unknown": "{who} asked to {action} on {resource}. The paste lost the verdict.",
  "summary.unknownAction": "an unknown action",
  "summary.unknownResource": "an unknown resource",
  "summary.unknownPrincipal": "An unknown principal",
  "who.iam-user": "IAM user {name}",
  "who.iam-role": "Role {name}",
  "who.role-session": "Role {name}",
  "who.federated-user": "Federated user {name}",
  "who.root": "The root user",
  "who.unknown": "Principal {name}",
  "who.masked.role": "A role whose name the paste left out",
  "who.masked.iam-user": "An IAM user whose name the paste left out",
  "who.masked.federated-user": "A federated user whose name the paste left out",
  "who.masked.unknown": "A principal the paste left out (written {name})",
  "summary.unnamedCaller": "A caller the error does not name",
  "who.details.session-account": " (session {session}, account {account})",
  "who.details.session": " (session {session})",
  "who.details.account": " (account {account})",
  "verdict.implicit-deny": "Denied: no policy allows it",
  "verdict.explicit-deny": "Denied: explicit Deny",
  "verdict.allowed": "Allowed",
  "verdict.denied": "Denied",
  "verdict.unknown": "Verdict unknown",
  "principal.heading": "Who",
  "principal.arn": "ARN",
  "principal.kind": "Kind",
  "principal.account": "Account",
  "principal.partition": "Partition",
  "principal.id": "Unique ID",
  "principal.name": "Name",
  "principal.role": "Role",
  "principal.session": "Session",
  "principal.permissionSet": "Permission set",
  "principal.missing": "The paste lost the principal.",
  "kind.iam-user": "IAM user",
  "kind.iam-role": "IAM role",
  "kind.role-session.other": "Role session (temporary credentials from AssumeRole)",
  "kind.role-session.identity-center": "IAM Identity Center session",
  "kind.role-session.aws-backup":
    "AWS Backup session (the role AWS Backup assumed for a backup or restore)",
  "kind.role-session.ec2-instance": "EC2 instance session (the instance profile's role)",
  "kind.role-session.service-linked": "Service-linked role session",
  "kind.federated-user": "Federated user (GetFederationToken)",
  "kind.root": "Root user of the account",
  "kind.unknown": "Not recognised from the ARN",
  "idKind.sts-bearer-token": "STS bearer token",
  "idKind.context-specific-credential": "context-specific credential",
  "idKind.group": "IAM group",
  "idKind.iam-user": "IAM user",
  "idKind.instance-profile": "EC2 instance profile",
  "idKind.access-key": "long-term access key",
  "idKind.managed-policy": "managed policy",
  "idKind.managed-policy-version": "managed policy version",
  "idKind.public-key": "public key",
  "idKind.role": "IAM role; the part after “:” is the session name",
  "idKind.certificate": "certificate",
  "idKind.temporary-access-key": "temporary access key",
  "idKind.unknown": "prefix not recognised (often hand-redacted)",
  "request.heading": "What",
  "accessLevel.List": "List",
  "accessLevel.Read": "Read",
  "accessLevel.Write": "Write",
  "accessLevel.Tagging": "Tagging",
  "accessLevel.Permissions management": "Permissions management",
  "request.description.source": "AWS's reference:",
  "request.accessLevel": "Access level",
  "request.reference": "AWS reference",
  "request.reference.link": "{service}: actions, resources and condition keys",
  "request.unknownAction":
    "IAM's reference has no action {action}: check its spelling; the policy keeps it as written.",
  "request.resourceMismatch":
    "This ARN matches none of the resource types {action} takes; the message may have been edited.",
  "request.action": "Action",
  "request.resource": "Resource",
  "request.prefixRestored.resource-arn":
    "The message wrote “{raw}” without its service; “{service}” was taken from the resource ARN.",
  "request.prefixRestored.aws-service":
    "The message wrote “{raw}” without its service; “{service}” was taken from the aws:Service key.",
  "conditions.heading": "Request context",
  "conditions.caption": "The request's context keys and values, as AWS evaluated them",
  "conditions.key": "Key",
  "conditions.values": "Value",
  "conditions.usable": "Usable in a policy",
  "conditions.usable.yes": "Yes ({operator}): offered above the policy",
  "conditions.usable.yes.noPolicy": "Yes ({operator})",
  "conditions.usable.refused.changes-every-request":
    "Not as an equality: its value changes with every request",
  "conditions.usable.refused.wildcard-value":
    "Not as an equality: the request's value is “*”, which StringEquals reads as a literal star",
  "conditions.usable.notForAction": "Not for this action",
  "conditions.usable.loading": "Checking IAM's reference…",
  "conditions.usable.no": "Request only",
  "conditions.usable.no.why":
    "AWS added this key to describe this one request; a policy cannot usefully test it.",
  "conditions.missing": "The paste lost the request's context keys.",
  "conditions.none": "The message holds no context keys.",
  "conditions.partial":
    "Only the {count, plural, one {first key} other {# keys}} before the damage are shown; the rest were lost.",
  "statements.heading": "The statement that denied it",
  "statements.caption": "Matched statements",
  "statements.sid": "Statement ID",
  "statements.noSid": "(no Sid)",
  "statements.effect": "Effect",
  "statements.principals": "Principals",
  "statements.actions": "Actions",
  "statements.resources": "Resources",
  "statements.conditions": "Conditions",
  "statements.lossy":
    "The decoded message leaves out each condition's operator (StringEquals, BoolIfExists…) and does not say whether the statement used Action or NotAction, Resource or NotResource. Read the statement in its policy before changing it.",
  "section.whoWhat": "Who and what: the principal and the request",
  "section.message": "The decoded message",
  "fix.heading": "The fix",
  "fix.allow.intro": "Attach this policy to {target}.",
  "fix.target.iam-user":
    "the IAM user {name} (inline, or a managed policy on the user or one of its groups)",
  "fix.target.iam-role": "the IAM role {name}",
  "fix.target.iam-role-session":
    "the IAM role {name}: the session {session} runs with the role's permissions, and a session itself cannot hold a policy",
  "fix.target.permission-set":
    "the IAM Identity Center permission set {name}. The role {role} is created and overwritten by Identity Center, so change the permission set in IAM Identity Center, not the role in IAM",
  "fix.target.federated-user":
    "the IAM user that called GetFederationToken, and allow it in the session policy passed to that call as well: a federated user gets only what both allow",
  "fix.target.root":
    "nothing: the root user cannot have policies. A denial for root comes from an SCP, an RCP or a resource-based policy",
  "fix.target.unknown":
    "the principal that made the request (its ARN did not tell which role or user)",
  "fix.target.name-only":
    "the principal AWS named only as {name}. The error does not say whether it is a user or a role, nor in which account: find it (aws iam get-user --user-name, or get-role --role-name) and attach the policy there",
  "guard.risky.all-actions":
    "Risk: this statement grants every action (“*”), which is administrator access — far more than the denied request needs.",
  "guard.risky.service-wildcard":
    "Risk: this statement grants every action of a service ({value}) — far more than the denied request needs.",
  "guard.risky.privilege-escalation":
    "Risk: {value} lets the principal change permissions or credentials, so it can raise its own access; granting it is close to granting administrator access. Keep it to this exact resource and review who holds it.",
  "guard.risky.pass-role-any":
    "Risk: iam:PassRole on every role lets the principal hand any role, administrators' included, to a service. Keep it to the role the request passed.",
  "guard.risky.assume-role-any":
    "{value} on any role: the principal could assume every role that trusts its account. Name the role.",
  "guard.risky.principal-everyone":
    "The Principal is everyone (*): anyone, in any account, the conditions aside. Name the role instead.",
  "guard.risky.principal-account":
    "The Principal is a whole account ({value}): every principal there whose own policy allows it. Name the role if only it should.",
  "guard.placeholder":
    "“{value}” holds a mask or placeholder, not a real value: replace it before you use this policy.",
  "guard.placeholders.parts":
    "Not real values: {parts} {count, plural, one {is a mask or placeholder} other {are masks or placeholders}}, in {values} values of this policy. Replace {count, plural, one {it} other {them}} before you use it.",
  "guard.placeholders":
    "These values hold a mask or placeholder, not a real value: {values}. Replace them before you use this policy.",
  "guard.invisible":
    "A value holds characters you cannot see, shown here as escapes: {value}. Check where it came from before you use it.",
  "guard.invalid-name.characters":
    "No attach command: the {entity} name “{value}” is not a valid IAM name (letters, digits and +=,.@_- only), so it was masked or is not what AWS wrote.",
  "guard.invalid-name.length":
    "No attach command: the {entity} name “{value}” is longer than IAM allows ({limit} characters).",
  "guard.invalid-name.empty": "No attach command: the {entity} name is unknown.",
  "guard.entity.user": "user",
  "guard.entity.role": "role",
  "guard.entity.permission-set": "permission set",
  "guard.entity.policy": "policy",
  "guard.size": "Size: {size} of the {limit} characters allowed here (white space not counted).",
  "guard.size.over":
    "This policy is {size} characters, over the {limit} allowed here (white space not counted): use the smaller policies below instead.",
  "guard.part": "Part {index} of {count}",
  "draft.note.permission-differs":
    "AWS was performing {performed}, and the permission it checked — the one missing — is {permission}: the policy grants {permission}.",
  "draft.note.resource-built":
    "AWS wrote the resource as “{written}”, not as an ARN; the policy uses {arn}, built from the account in the same error.",
  "draft.note.resource-wildcard.no-resource":
    "The error names no resource, so the statement uses “*”. Narrow it once you know the resource.",
  "draft.note.resource-wildcard.not-a-resource":
    "AWS wrote the resource as “{written}”, which is not an ARN and not a name one can be built from: the statement uses “*”.",
  "draft.note.resource-placeholder.account":
    "AWS wrote the resource as “{written}”, not as an ARN, and the error does not tell its account: the statement names {arn}. Replace <ACCOUNT_ID> with the account's ID before you use it.",
  "draft.note.resource-placeholder.region":
    "AWS wrote the resource as “{written}”, not as an ARN, and the error does not tell its region: the statement names {arn}. Replace <REGION> with the region before you use it.",
  "draft.note.resource-placeholder.region+account":
    "AWS wrote the resource as “{written}”, not as an ARN, and the error tells neither its region nor its account: the statement names {arn}. Replace <REGION> and <ACCOUNT_ID> before you use it.",
  "fix.note.other-resource-types":
    "{action} authorizes several resource types. This policy covers {covered} only; the request may also need each of these it uses: {others}. They are checked in turn, and each denial names only the first that fails.",
  "report.summary.explicit.untyped":
    "{who} may not {action} on {resource}: an explicit Deny blocks it (the error does not say in which policy).",
  "report.summary.noResource.explicit.untyped":
    "{who} may not {action}: an explicit Deny blocks it (the error does not say in which policy).",
  "report.summary.noAction":
    "{who} was denied, but AWS did not name the action (it wrote “{text}”).",
  "report.operation":
    "The error came from the {operation} operation: the action is likely in that service.",
  "report.permission":
    "AWS was performing {action}; the permission it checked, and the one missing, is {permission}.",
  "owner.explicit.untyped":
    "An explicit Deny matched, and the error does not say in which policy. It can be in the principal's identity-based policies or permissions boundary (account administrators), a service or resource control policy (organization administrators), a session policy (whoever assumed the role) or the resource's own policy (its owner). No Allow can fix it.",
  "fix.deny.find.heading": "Find the denying statement",
  "fix.deny.find.identity":
    "These read-only commands print the principal's policies and its permissions boundary; look for a \"Deny\" statement whose Action covers the request's:",
  "fix.deny.find.organization":
    "Not there? Service and resource control policies are listed from the organization's management account (then aws organizations describe-policy --policy-id … shows each):",
  "owner.unknown.noToken.drafted":
    "The error does not say which policy denied it, and no token in it can be decoded. The Allow below is the usual fix; if the call is still denied, CloudTrail's event for it names the policy type.",
  "owner.unknown.noToken":
    "The error does not say which policy denied it, and no token in it can be decoded. Look for the full error in the tool's debug log or in CloudTrail.",
  "fix.copy": "Copy policy",
  "fix.copyFormat": "Copy",
  "fix.scope.label": "Resource",
  "fix.narrow.legend": "Narrow it",
  "fix.narrow.key": "Only when {key} is {value} ({operator})",
  "fix.narrow.changed":
    "{count, plural, one {The marked line is} other {The # marked lines are}} what your choices changed.",
  "fix.scope.exact": "Exactly this one: {arn}",
  "fix.scope.type": "Any of its type here: {arn}",
  "fix.scope.any": "Any resource: *",
  "fix.formats": "Deploy it as",
  "format.json": "JSON",
  "format.cli": "AWS CLI",
  "format.terraform": "Terraform",
  "format.cloudformation": "CloudFormation",
  "format.cdk": "CDK (TypeScript)",
  "fix.verify.ok": "Checked: this statement allows the denied request ({checks}).",
  "fix.verify.okRisky":
    "Checked: this statement allows the denied request ({checks}) — and much more: see the risk above.",
  "fix.verify.bad":
    "This statement would not allow the denied request: {parts} no longer match. Undo the last narrowing.",
  "fix.verify.part.action": "action",
  "fix.verify.part.resource": "resource",
  "fix.verify.unknown": "{key} cannot be checked against the message.",
  "fix.copied": "Copied",
  "fix.copyFailed": "Copy failed: select the policy and copy it by hand.",
  "fix.passedToService.label": "Only when passing the role to {service} (iam:PassedToService)",
  "fix.passedToService.why":
    "The request passed the role to {service}; this keeps the principal from passing the role to any other service. The service that finally assumes the role can differ from the one that received it (ECS tasks: ecs-tasks.amazonaws.com): change the value if so.",
  "report.tokens.summary":
    "{count, plural, one {Its encoded message and the command that decodes it} other {Its # encoded messages and the commands that decode them}} (all are in the Decode block above)",
  "fix.launchSet.label":
    "Cover the whole launch: the image, subnet, network interface, security groups, volumes and key pair",
  "fix.launchSet.why":
    "A launch is checked on each of these in turn and a denial names only the first that fails: with the instance alone, the next one is denied. AWS's own RunInstances examples grant the set (any account's images, this account's others).",
  "fix.note.run-instances-resources":
    "RunInstances checks several resources in turn (instance, image, subnet, network interface, security group, volume, key pair). Once this one is allowed the next may be denied: decode that error too.",
  "fix.note.passed-to-service-unknown":
    "The message does not say which service the role was passed to (no aws:Service key), so the policy cannot be narrowed with iam:PassedToService.",
  "fix.note.tentative-verdict":
    "The paste lost whether an explicit Deny matched. If the full message says explicitDeny: true, this Allow will not help.",
  "fix.note.other-policies-can-deny":
    "This fixes the identity-based policy only: an SCP, RCP, permissions boundary, session policy or resource-based policy can still deny it.",
  "fix.deny.intro":
    "No Allow can fix this: an explicit Deny beats every Allow, so adding permissions to {who} will not help. Change or remove the denying statement, or make the request stop matching it (for example its conditions).",
  "fix.deny.boundary":
    "The statement's principal is SCOPE_POLICY_ISSUER: it comes from a permissions boundary. The account's IAM administrators who set the boundary can change it.",
  "fix.deny.where":
    "The decoded message does not name the policy. Look for the statement in the principal's identity-based policies and permissions boundary (account administrators), the organization's service control and resource control policies (organization administrators), a session policy (whoever assumed the role) or the resource's own policy (its owner). Newer error texts name the policy type in the sentence before the encoded message.",
  "fix.deny.aiAgent":
    "This Deny is AWS's guardrail for AI agents and works as intended: the page drafts nothing that removes, narrows or works around it.",
  "fix.deny.identityCenter":
    "This is an IAM Identity Center session: a Deny in its permission set is changed by the Identity Center administrators.",
  "fix.allowed":
    "AWS says this request was allowed. The failure came from something else: another action or resource in the same call, or a later step.",
  "fix.insufficient":
    "The paste lost the {missing}, so no policy can be written from it. Paste the complete message.",
  "fix.insufficient.action": "action",
  "fix.insufficient.resource": "resource",
  "fix.insufficient.both": "action and resource",
  "json.heading": "Decoded message",
  "json.partial": "Only the intact parts of the paste are shown.",
  "extra.heading": "Other fields: failures, and fields this page does not know, as they are",
  "extra.path": "Field",
  "extra.value": "Value",
  "failures.heading": "Failures",
  "warnings.label": "Warnings",
  "warning.line-breaks-removed":
    "Line breaks inside the escaped message were removed: they come from a wrapped terminal or chat window, not from AWS.",
  "warning.invalid-escapes":
    "{count, plural, one {# backslash escape} other {# backslash escapes}} that JSON does not allow (such as \\*) were read as plain characters: the text was probably reformatted, e.g. by Markdown.",
  "warning.incomplete.elided": "This message is incomplete: parts of it were elided{where}.",
  "warning.incomplete.truncated": "This message is cut off{where}.",
  "warning.incomplete.damaged": "This message is damaged{where}.",
  "warning.incomplete.where": " (the text stops making sense at line {line}, column {column})",
  "warning.incomplete.missing": "Only intact parts are shown; lost: {missing}.",
  "warning.incomplete.nothingMissing": "Only intact parts are shown.",
  "warning.token-noted":
    "The text also holds an encoded token ({token}); the decoded message was used.",
  "warning.token-noted.many":
    "The text also holds {count, plural, one {# encoded token} other {# encoded tokens}} (the first: {token}); the decoded message was used.",
  "warning.placeholder-account":
    "“{value}” is not a 12-digit AWS account ID; it looks redacted or mistyped.",
  "warning.name-arn-mismatch":
    "The principal's name ({name}) differs from the user in its ARN ({arnName}): the message was probably edited by hand.",
  "warning.unexpected-shape":
    "The field {field} has a shape this page does not know ({detail}); see it as-is in the decoded message below.",
  "warning.verdict-partly-unknown":
    "The paste does not show whether an explicit Deny matched, so the verdict is not certain.",
  "warning.duplicate-keys":
    "The same key appears twice in one object ({keys}): JSON readers keep only the last one, so this page reads the last as well. Check which one AWS wrote.",
  "warning.string-booleans":
    'allowed and explicitDeny are written as strings ("false"), as in AWS\'s API reference example; they were read as booleans.',
  "org.files": "CloudTrail: {files, plural, one {# file} other {# files}}",
  "org.progress.label": "Reading the CloudTrail files",
  "org.progress":
    "Reading: {read} of {total}, {files} of {filesTotal} files; {events} events, {denied} denied so far.",
  "org.progress.done":
    "Read {read} of {total}, {files} of {filesTotal} files: {events} events, {denied} denied.",
  "org.cancel": "Cancel",
  "org.cancelled":
    "Cancelled: the denials read before are below; the rest of the files was not read.",
  "org.none":
    "No denials in these events: no AccessDenied, UnauthorizedOperation or Client.UnauthorizedOperation error code.",
  "org.problem.not-json-or-csv":
    "{name} is neither CloudTrail JSON nor Athena's CSV: it was skipped.",
  "org.problem.no-events":
    "{name} is JSON but holds no CloudTrail events (no Records, Events, or event fields): it was skipped.",
  "org.problem.value-too-large":
    "{name} holds one value larger than {limit} with no Records array in it: it was skipped.",
  "org.problem.cut-off":
    "{name} ends in the middle of a record (cut off while copied?): the events before the cut are counted.",
  "org.problem.malformed":
    "{name} is not valid JSON (a bracket closes what was never opened): the events before are counted.",
  "org.problem.gzip-cut":
    "{name} is a gzip file that ends early (cut off while downloaded?): the events before the cut are counted.",
  "org.problem.unreadable":
    "{name} could not be read (moved or deleted while reading?): the events before are counted.",
  "org.heading": "Denials across the organization",
  "org.filters": "Filters",
  "org.filter.account": "Account",
  "org.filter.principal": "Principal",
  "org.filter.service": "Service",
  "org.filter.from": "Seen from",
  "org.filter.to": "Seen until",
  "org.filter.all": "All ({count})",
  "org.shown":
    "{count, plural, one {# distinct denial} other {# distinct denials}} ({events} events) of {total}, most frequent first.",
  "org.caption":
    "Distinct denials across the organization: count, permission, principal, account, resource, why, when and who can fix it.",
  "org.col.events": "Events",
  "org.col.principal": "Principal",
  "org.col.account": "Account",
  "org.col.seen": "First – last seen",
  "org.open": "Open",
  "org.others": "For others to change ({count}): the statements for the policies their owners hold",
  "org.decoded.unread": "A decoded message this page could not read",
  "org.share": "Copy a link to this overview (redacted, no tokens)",
  "org.decoded": "Decoded ({count})",
  "org.query.heading": "Queries for Athena and CloudTrail Lake",
  "org.query.intro":
    "Let AWS's engines scan the organization trail: only the grouped denials come back. Create the table once, run the denial query, and drop its results (CSV or get-query-results JSON) here.",
  "org.query.bucket": "Trail bucket",
  "org.query.organization": "Organization ID",
  "org.query.accounts": "Accounts",
  "org.query.regions": "Regions",
  "org.query.table": "Table",
  "org.query.days": "Days",
  "org.query.store": "Event data store (ID or ARN)",
  "org.query.copy": "Copy SQL",
  "org.query.table.title":
    "1. Once: the table over the organization trail (partition projection by account, region and day)",
  "org.query.table.needs":
    "Fill in the trail's bucket, the organization ID, the accounts and the regions to get the table's SQL.",
  "org.query.denials.title": "2. The denials of the last {days} days, grouped on Athena",
  "org.query.results":
    "Download the results as CSV from Athena's console, or run aws athena get-query-results, and drop the file here.",
  "org.query.lake": "CloudTrail Lake (closed to new customers since 31 May 2026)",
  "org.query.lake.title": "The same denial query for an event data store",
  "org.query.problem.bucket":
    "Not a bucket name: “{value}” (3 to 63 lower-case letters, digits, dots and hyphens).",
  "org.query.problem.organization":
    "Not an organization ID: “{value}” (o- and 10 to 32 lower-case letters or digits).",
  "org.query.problem.table":
    "Not a table name Athena takes unquoted: “{value}” (lower-case letters, digits and _).",
  "org.query.problem.account":
    "Not an account ID: “{value}” (12 digits; at least one for the table).",
  "org.query.problem.region": "Not a Region: “{value}” (like eu-west-1; at least one).",
  "org.query.problem.date": "Not a start day: “{value}” (YYYY/MM/DD).",
  "org.query.problem.days": "Days must be a whole number from 1 to 366, not “{value}”.",
  "org.query.problem.event-data-store": "Not an event data store ID or ARN: “{value}”.",
  "org.athena.heading": "Run the denial query on Athena from here",
  "org.athena.intro":
    "With this machine's AWS access (npm start): the server writes the query from the values above, runs it, and the rows fill the overview page by page. The table must exist (step 1).",
  "org.athena.database": "Database",
  "org.athena.workgroup": "Workgroup",
  "org.athena.output": "Results location (if the workgroup sets none)",
  "org.athena.run": "Run on Athena",
  "org.athena.running": "Athena: {state}, {scanned} GB scanned…",
  "org.athena.results": "Reading results: page {pages}, {rows} denials so far…",
  "org.athena.done": "Done: {rows} distinct denials in {pages} pages; Athena scanned {scanned} GB.",
  "org.athena.failed": "Athena did not run the query ({code}): {message}",
  "overview.heading": "At a glance",
  "overview.caption":
    "Each distinct denial: the permission, the resource, why it was denied, and who can fix it",
  "overview.action": "Permission",
  "overview.resource": "Resource",
  "overview.why": "Why",
  "overview.fixer": "Who can fix it",
  "overview.why.implicit": "no {policy} allows it",
  "overview.why.explicit": "a Deny in {policy}",
  "overview.why.untyped": "a policy the error does not name",
  "overview.why.trust": "the role's trust policy does not match",
  "overview.why.unknown": "the error does not say",
  "fixer.you": "you (your IAM policy)",
  "fixer.organization": "organization admins",
  "fixer.boundary-owner": "the boundary's owner",
  "fixer.resource-owner": "the resource's owner",
  "fixer.session-issuer": "whoever passed the session policy",
  "fixer.endpoint-owner": "the VPC endpoint's owner",
  "fixer.role-owner": "the role's owner (its trust policy)",
  "fixer.unknown": "unknown: decode the token",
  "fixer.unknown.noToken": "unknown: no token to decode",
  "overview.likely": "(likely)",
  "decode.loop.heading": "Decode ({count})",
  "decode.loop.hint": "One command for every token; paste its output back here.",
  "report.heading": "{count, plural, one {# error found} other {# errors found}}",
  "report.heading.one": "1 error found",
  "report.groups":
    "{count, plural, one {# distinct denial} other {# distinct denials}}; identical ones are grouped.",
  "report.seen": "Seen {count, plural, one {once} other {# times}}, at lines {lines}.",
  "report.seenOnce": "At line {line}.",
  "report.more":
    "{count, plural, one {# more denial is} other {# more denials are}} not shown. Paste a smaller part of the log to see them.",
  "report.noReason": "AWS refused a call without saying which permission was missing.",
  "report.noReason.operation": "AWS refused {action} without saying which permission was missing.",
  "report.noReason.likely":
    "AWS refused a call without saying which permission was missing: likely {action}, from the tool's wording.",
  "report.event": "CloudTrail event {name} from {source} in {region}, at {time}, by {identity}.",
  "report.decodeHint":
    "Decode the token to see the request's context and the exact statement involved.",
  "report.summary.implicit": "{who} may not {action} on {resource}: no {policy} allows it.",
  "report.summary.explicit":
    "{who} may not {action} on {resource}: an explicit Deny in a {policy} blocks it.",
  "report.summary.unknown": "{who} may not {action} on {resource}.",
  "report.summary.noResource.implicit": "{who} may not {action}: no {policy} allows it.",
  "report.summary.noResource.explicit":
    "{who} may not {action}: an explicit Deny in a {policy} blocks it.",
  "report.summary.noResource.unknown": "{who} may not {action}.",
  "report.summary.kms":
    "{who} may not {action} on the KMS key: the key does not exist in this Region, or its key policy does not allow this, or it denies it. AWS's sentence does not say which.",
  "report.summary.setting":
    "{who} may not {action} on {resource} because {setting}. That is a setting, not a policy.",
  "report.summary.noResource.setting":
    "{who} may not {action} because {setting}. That is a setting, not a policy.",
  "report.summary.sse-c-blocked":
    "{who} may not {action} on {resource}: the bucket refuses uploads encrypted with customer-provided keys (SSE-C).",
  "report.summary.noResource.sse-c-blocked":
    "{who} may not {action}: the bucket refuses uploads encrypted with customer-provided keys (SSE-C).",
  "report.summary.declarative-policy":
    "{who} may not {action} on {resource}: an EC2 declarative policy of the organization blocks it.",
  "report.summary.noResource.declarative-policy":
    "{who} may not {action}: an EC2 declarative policy of the organization blocks it.",
  "report.masks":
    "Not real values: {list}. The page keeps them as written; replace each with the real value before you use anything drafted from them.",
  "report.masks.principal": "“{written}” in the principal",
  "report.masks.action": "“{written}” in the action",
  "report.masks.resource": "“{written}” in the resource",
  "report.policyArn": "The denying policy: {arn}",
  "policyType.identity-based": "identity-based policy",
  "policyType.resource-based": "resource-based policy",
  "policyType.permissions-boundary": "permissions boundary",
  "policyType.service-control": "service control policy",
  "policyType.resource-control": "resource control policy",
  "policyType.session": "session policy",
  "policyType.vpc-endpoint": "VPC endpoint policy",
  "owner.implicit.identity-based":
    "Nothing in the principal's own policies allows this. Add the draft policy's Allow to them (its account's IAM administrators can).",
  "owner.explicit.identity-based":
    "A Deny statement in one of the principal's own policies blocks this. An Allow will not help: the account's IAM administrators must remove or narrow that Deny.",
  "owner.implicit.resource-based":
    "The resource's own policy (a bucket, key, queue or role trust policy…) does not allow this principal. The resource's owner must add an Allow for it; an Allow in the principal's policy alone will not help.",
  "owner.explicit.resource-based":
    "The resource's own policy denies this. Only the resource's owner can change that; an Allow in the principal's policy will not help.",
  "owner.implicit.permissions-boundary":
    "The principal's permissions boundary does not allow this, and a boundary caps what every policy can grant. The account's IAM administrators must widen the boundary; an Allow in the principal's own policy will not help.",
  "owner.explicit.permissions-boundary":
    "A Deny in the principal's permissions boundary blocks this. The account's IAM administrators who set the boundary must change it; an Allow will not help.",
  "owner.implicit.service-control":
    "A service control policy of your AWS Organization does not allow this. Only the organization's administrators can change SCPs; an Allow in your own policy will not help.",
  "owner.explicit.service-control":
    "A service control policy of your AWS Organization denies this. Only the organization's administrators can change SCPs; an Allow in your own policy will not help.",
  "owner.implicit.resource-control":
    "A resource control policy of your AWS Organization does not allow this. Only the organization's administrators can change RCPs; an Allow in your own policy will not help.",
  "owner.explicit.resource-control":
    "A resource control policy of your AWS Organization denies this. Only the organization's administrators can change RCPs; an Allow in your own policy will not help.",
  "owner.implicit.session":
    "The session policy passed when the role was assumed does not allow this. Whoever assumed the role (the person or tool that called AssumeRole with a policy) must pass a broader one; an Allow in the role's policy will not help.",
  "owner.explicit.session":
    "The session policy passed when the role was assumed denies this. Whoever assumed the role must pass a different session policy; an Allow in the role's policy will not help.",
  "owner.implicit.vpc-endpoint":
    "The policy of the VPC endpoint the request went through does not allow this. The endpoint's owners (usually network administrators) must change it; an Allow in your own policy will not help.",
  "owner.explicit.vpc-endpoint":
    "The policy of the VPC endpoint the request went through denies this. The endpoint's owners must change it; an Allow in your own policy will not help.",
  "owner.unknown": "The error does not say which policy denied it. Decode the token to find out.",
  "owner.kms-key-unavailable":
    "Three causes give this one sentence. First check the key itself: a key ID or alias from another Region or account, or a deleted key, gives it too (use the key's full ARN, in the key's Region; the key's owner can run aws kms describe-key on it). If the key exists, its key policy decides: the key's owner must add a statement for this principal (below) or remove a Deny that names it. An Allow in the principal's own policy works only when the key policy delegates to the account.",
  "owner.setting":
    "This is not a policy: {text}. Whoever owns the bucket (or the account's S3 Block Public Access settings) must change that setting, and only if the change is intended. No Allow in any policy helps, so none is drafted.",
  "owner.sse-c-blocked":
    "S3 blocks SSE-C uploads on this bucket (new buckets do so by default since April 2026). Upload with SSE-S3 or SSE-KMS instead, or have the bucket's owner allow SSE-C in its default encryption (BlockedEncryptionTypes). No IAM policy helps, so none is drafted.",
  "owner.declarative-policy":
    "An EC2 declarative policy of your AWS Organization blocks this; its message: “{text}”. Only the organization's administrators can change it. No IAM policy helps, so none is drafted.",
  "token.heading": "Encoded message",
  "token.complete": "Complete token, {length} characters. Decode it with:",
  "token.truncated":
    "This token is cut off ({length} characters; real ones run to hundreds or thousands). Decoding it would fail: copy the whole error from its source.",
  "token.truncated.ellipsis":
    "This token ends in “...”: the tool shortened it ({length} characters kept). Decoding it would fail: get the full message from the source (for CloudTrail, the event's JSON rather than the console's table).",
  "token.placeholder":
    "“{text}” stands where the token should be: the tool or the author left it out. Find the original error in its log.",
  "token.elided":
    "Part of this token was left out by whoever pasted it (“{marker}” in the middle, {length} characters kept): it can no longer be decoded. Use the original error.",
  "token.withheld":
    "The link left this token out ({length} characters, {judgement}): share links never carry tokens. Ask the sender for a hand-off link, or for the original error.",
  "token.judgement.complete": "complete",
  "token.judgement.truncated": "cut off",
  "token.judgement.elided": "shortened by hand",
  "token.judgement.placeholder": "a placeholder",
  "token.judgement.redacted": "typed over",
  "token.judgement.lowercased": "lower-cased",
  "token.judgement.empty": "empty",
  "token.redacted":
    "Part of this token was typed over with x's ({length} characters): it can no longer be decoded. Use the original error.",
  "token.lowercased":
    "This token has no capital letters: the text was lower-cased somewhere, and the token can no longer be decoded. Use the original error.",
  "token.empty":
    "The error ends where the token should be: the tool dropped it. Look for the full error in the tool's debug log or in CloudTrail.",
  "token.dash":
    "This token starts with “-”: the command uses --encoded-message=… so the CLI does not take it for an option.",
  "draft.heading": "Draft policy",
  "draft.heading.for": "Draft policy for {who}",
  "draft.marker":
    "Drafted from the error text, not from a decoded message: the request's conditions are unknown until you decode the token. Review it before you use it.",
  "draft.covers":
    "It covers the denials that an Allow in the principal's own policy fixes; the others above need someone else's change.",
  "decode.here":
    "Or decode {count, plural, one {the token} other {the # tokens}} here with your own AWS credentials",
  "decode.heading": "Decode with AWS",
  "decode.local.intro":
    "This page runs next to a local endpoint (npm start) that decodes with this machine's AWS access. The credentials stay in that process; only the decoded messages come back.",
  "decode.local.profile": "Profile",
  "decode.local.profileDefault": "Default (AWS_PROFILE or the default chain)",
  "decode.region": "Region",
  "decode.region.hint": "Leave empty to use the profile's region, or the partition's ({region}).",
  "decode.browser.intro":
    "Decode right here with your own credentials. Paste the output of aws configure export-credentials --format env (or --format process), or fill in the fields.",
  "decode.browser.paste": "Credentials (export-credentials output)",
  "decode.browser.fields": "Or type the three fields",
  "decode.browser.accessKeyId": "Access key ID",
  "decode.browser.secretAccessKey": "Secret access key",
  "decode.browser.sessionToken": "Session token (for temporary credentials)",
  "decode.browser.use": "Use these credentials",
  "decode.browser.memory":
    "They stay in this tab's memory only: never stored, never in a link, never logged. Forget erases them, and so does closing the tab.",
  "decode.browser.sessionWarning":
    "Credentials from GetSessionToken or GetFederationToken cannot call this API; use a role's or a user's.",
  "decode.browser.ready": "Using key {key}{session}{expires}.",
  "decode.browser.ready.session": " with a session token",
  "decode.browser.ready.expires": ", valid until {time}",
  "decode.browser.forget": "Forget credentials",
  "decode.browser.endpoint": "STS endpoint (VPC endpoint, FIPS…)",
  "decode.browser.endpoint.hint": "The token will be sent to {endpoint}.",
  "decode.browser.endpoint.refused.not-a-url":
    "“{endpoint}” is not a URL. Use https://… or leave it empty.",
  "decode.browser.endpoint.refused.not-https":
    "“{endpoint}” is not HTTPS: the token may go only to AWS over HTTPS (or to this machine's loopback).",
  "decode.browser.endpoint.refused.not-aws":
    "“{endpoint}” is not an STS endpoint this page may call: only sts.<region>.amazonaws.com, its FIPS form, your VPC endpoint (….sts.<region>.vpce.amazonaws.com) or loopback.",
  "decode.browser.endpoint.refused.has-path":
    "“{endpoint}” has a path, query or user name: give the endpoint's origin only (https://host).",
  "decode.browser.advanced": "Advanced",
  "decode.credentials.empty": "Paste credentials or fill in the fields first.",
  "decode.credentials.missing": "Missing: {fields}.",
  "decode.credentials.malformed-key-id":
    "The access key ID should be upper-case letters and digits, like AKIA… or ASIA….",
  "decode.credentials.expired": "These credentials expired at {time}. Export fresh ones.",
  "decode.button": "Decode {count, plural, one {# token} other {# tokens}}",
  "decode.button.one": "Decode the token",
  "decode.identity": "Decoding as {arn}",
  "decode.progress": "Decoding {done} of {total}…",
  "decode.done": "Decoded {ok} of {total}.",
  "decode.cli":
    "Or decode each token yourself with its command (in the Decode block and in each error's card), and paste the output here.",
  "decoded.heading": "Decoded message",
  "decoded.combined.hint":
    "Merged from the denials above that an Allow fixes: one statement per set of resources, no duplicates. Conditions you ticked above are not carried over.",
  "failure.heading": "Token {token} was not decoded",
  "failure.details.network": "The request did not reach AWS: {message}",
  "decode.credentials.session-token-missing":
    "This access key starts with ASIA: it is temporary and signs nothing without its session token (AWS_SESSION_TOKEN). Paste it too.",
  "failure.details": "AWS said: {code}: {message}",
  "failure.access-denied":
    "AWS refused the decode itself: the caller may not call sts:DecodeAuthorizationMessage. Whoever manages its permissions (the account's IAM administrators) must allow it:",
  "failure.session-credentials":
    "Credentials from GetSessionToken or GetFederationToken cannot call DecodeAuthorizationMessage. Use a role's or a user's credentials, or the CLI command.",
  "failure.invalid-message":
    "STS could not decode this token: it is cut off, too old, or was issued in another account or partition. Decode it with credentials of the account (and partition) where the error happened.",
  "failure.expired-credentials":
    "These credentials have expired. Refresh them (aws sso login, or export them again) and retry.",
  "failure.invalid-credentials":
    "AWS does not recognise these credentials: a wrong key or secret, a deleted key, or another partition. Check them and retry.",
  "failure.clock-skew":
    "This computer's clock is too far from AWS's, so signed requests are refused. Correct the clock and retry.",
  "failure.throttled": "STS is throttling the requests. Wait a moment, then decode again.",
  "failure.no-credentials":
    "No AWS credentials were found on this machine. Sign in (aws sso login --profile NAME) or set them up (aws configure), then retry.",
  "failure.network":
    "The request did not reach STS (network, proxy, VPC endpoint, or the browser's cross-origin rules). Use the CLI command instead.",
  "failure.invalid-token":
    "This token cannot be sent: a token is 1 to 10,240 characters of A–Z, a–z, 0–9, _ and -.",
  "failure.refused":
    "The local endpoint refused the request ({code}). Open the page at the address npm start printed.",
  "failure.unknown": "Decoding failed.",
  "link.hiddenInPolicy":
    "This policy still holds values the sender hid ({values}): put the real values back before you use it.",
  "share.handoff.copied":
    "Copied a link with {count, plural, one {# token} other {# tokens}} and nothing else ({length} characters).",
  "share.handoff.copied.ids":
    "Copied a link with {count, plural, one {# token} other {# tokens}} and {ids, plural, one {# authorization ID} other {# authorization IDs}}, and nothing else ({length} characters).",
  "authz.unreadable":
    "This looks like IAM Toolbox output, but no complete details page or policy could be read: paste the whole JSON the command printed.",
  "authz.intro":
    "AWS recorded this denial under authorization ID {id}: its details name the policy and the statement that decided it.",
  "authz.console": "Open the details in the AWS console",
  "authz.policyCommands": "Each matched policy, as it was when the request was denied:",
  "authz.needs":
    "Details are kept for at least 24 hours. Reading them takes iam:GetRequestAuthorizationDetails (and iam:GetRequestAuthorizationPolicy for the policies), from the account or organization that made the request. Paste the output here.",
  "authz.heading": "AWS's evaluation of the request",
  "authz.principal": "Request made by {arn}.",
  "authz.moreToFetch":
    "AWS has more pages of this evaluation (nextToken): paste the next pages too, or run the command without --no-paginate.",
  "authz.matched": "Policies that matched",
  "authz.matched.none": "No statement matched: nothing allowed or denied this request.",
  "authz.policy.inlineWord": "(inline)",
  "authz.policy.managedWord": "(managed)",
  "authz.policy.inline": "inline policy {uri}",
  "authz.policy.unknownType": "policy of a type this page does not know",
  "authz.attachedTo": "attached to {entities}",
  "authz.entity.user": "user {name}",
  "authz.entity.role": "role {name}",
  "authz.entity.group": "group {name}",
  "authz.entity.ou": "organizational unit {name}",
  "authz.entity.account": "account {name}",
  "authz.entity.root": "the organization's root {name}",
  "authz.statement.noSid": "a statement without a Sid",
  "authz.statement.deny": "Deny",
  "authz.statement.allow": "Allow",
  "authz.effect.ALLOW": "Allowed",
  "authz.effect.EXPLICIT_DENY": "Explicit deny",
  "authz.effect.IMPLICIT_DENY": "No Allow",
  "authz.fix.allowed": "This part of the request was allowed: nothing to fix here.",
  "authz.fix.unknown": "AWS reported the effect {effect}, which this page does not know.",
  "authz.fix.explicit":
    "An explicit Deny decided it: no Allow can help. Only a change to the denying statement lifts it:",
  "authz.fix.explicit.statement": "{sids} in {policy}. {owner}",
  "authz.fix.implicit": "Nothing allowed it in: {types}. Each of these must allow it.",
  "authz.fix.limit": "{policy} allows no such request: its owner must add it.",
  "authz.evaluationContext": "Context keys of this evaluation",
  "authz.pastedPolicy": "A policy you pasted",
  "authz.pastedPolicy.uri": "Policy {uri}, as it was when the request was denied",
  "authz.pastedPolicy.marked": "Marked: the statements AWS reported as matched.",
  "authz.policyOnly":
    "This is a policy document without the authorization details: paste the output of get-request-authorization-details with it to see which statements matched.",
  "policyArn.aws-managed": "AWS-managed policy {name} (owned by AWS)",
  "policyArn.customer-managed": "customer-managed policy {name} in account {account}",
  "policyArn.service-control":
    "service control policy {id} of organization {organization} (held by the management account {account})",
  "policyArn.resource-control":
    "resource control policy {id} of organization {organization} (held by the management account {account})",
  "authz.fetch.heading": "Fetch the details from IAM Toolbox",
  "authz.fetch.local":
    "Fetches with this machine's AWS access (the same as the AWS CLI would use); the credentials stay on this machine.",
  "authz.fetch.browser":
    "Fetches from this page with credentials you paste (kept in memory only, shared with decoding below); the request is signed here and sent only to the endpoint shown.",
  "authz.fetch.endpoint": "IAM Toolbox endpoint (VPC endpoint, FIPS…)",
  "authz.fetch.endpoint.hint": "The request will be sent to {endpoint}.",
  "authz.fetch.button": "Fetch details",
  "authz.fetch.running": "Fetching the details and the matched policies…",
  "authz.fetch.done": "Fetched {pages, plural, one {# page} other {# pages}} of details.",
  "authz.fetch.policyFailed": "Policy {uri} could not be fetched: {reason}",
  "authz.fetch.failure.access-denied":
    "Access denied: reading the details takes the permissions below (ask your IAM administrators for them).",
  "authz.fetch.failure.not-found":
    "Not found: the details are older than AWS keeps them (at least 24 hours), or the request came from another account or organization than these credentials.",
  "authz.fetch.failure.validation":
    "AWS did not accept this as an authorization ID: check that it was copied whole from the error.",
  "authz.fetch.failure.throttled": "AWS is throttling these calls: wait a moment and try again.",
  "authz.fetch.failure.credentials":
    "AWS did not accept these credentials (wrong, expired or from another partition).",
  "authz.fetch.failure.network":
    "The request did not reach AWS: check the network, a proxy, or the endpoint.",
  "authz.fetch.failure.server": "IAM Toolbox had an internal error: try again later.",
  "authz.fetch.failure.unknown": "The request failed for a reason this page does not know.",
  "why.heading": "Why the Deny matched",
  "why.statement": "Statement {sid}",
  "why.statement.noSid": "A statement without a Sid",
  "why.inferredBoundary":
    "(a permissions boundary's, judging by its SCOPE_POLICY_ISSUER principal)",
  "why.actionListed": "It lists {action}.",
  "why.notAction":
    "It does not list {action}, yet it matched: it is a NotAction statement, which denies every action except those it lists.",
  "why.notResource":
    "It does not list this resource, yet it matched: it is a NotResource statement, which covers every resource except those it lists.",
  "why.likely": "Likely cause: {cause}",
  "why.likely.mfa":
    "the request was made without MFA. Sign in with MFA (for the CLI, a session from aws sts get-session-token with --serial-number and --token-code) and try again.",
  "why.likely.secure-transport": "the request was not sent over HTTPS. Use an HTTPS endpoint.",
  "why.likely.region.outside":
    "{region} is not one of the regions allowed ({allowed}). Use one of those.",
  "why.likely.region.denied": "requests to {region} are denied. Use another region.",
  "why.likely.request-tag":
    "the request's tag {tag} is tested ({values}). Add the tag with the required value when you create or tag the resource.",
  "why.likely.request-tag.missing":
    "the request carries no tag {tag}, and the statement requires one. Add the tag {tag} when you create the resource (for example --tag-specifications with run-instances).",
  "why.likely.resource-tag":
    "the resource's tag {tag} is tested ({values}). Check the resource's tags.",
  "why.likely.source-ip":
    "the call came from {ip}, tested against {values}. Call from an allowed network.",
  "why.likely.network-path":
    "the network path is tested ({key}: {values}). Call through the expected VPC or endpoint.",
  "why.likely.organization":
    "the organization is tested ({key}: {values}): the principal or the resource is outside it.",
  "why.likely.ai-agent":
    "this Deny is AWS's guardrail for AI agents: it blocks requests that come through an AWS-managed MCP server ({key}). It is meant to stop exactly this request; do not remove it or work around it. Run the action yourself, outside the agent, if you are allowed to, or ask the policy's owner.",
  "why.key.absent": "{key}: the statement tests {values}; the request did not carry this key.",
  "why.key.present": "{key}: the statement tests {values}; the request had {requested}.",
  "why.inference":
    "The decoded message leaves out the operators and whether a list was Action or NotAction: these are inferences from what it keeps. The policy itself (or IAM Toolbox's details) settles them.",
  "check.heading": "Check against your policies",
  "check.label": "Paste the principal's policies (JSON, or the AWS CLI's output)",
  "check.hint":
    "Accepted: a policy; the output of aws iam get-role-policy, get-user-policy, get-group-policy, get-policy-version, get-account-authorization-details, aws organizations describe-policy, or IAM Toolbox's get-request-authorization-policy. Each gets a type you can change. Nothing leaves this tab.",
  "policy.syntax":
    "This is a policy, but its JSON breaks at line {line}, column {column}: expected {expected}, found “{found}”. Fix it there and the box reads it.",
  "check.none":
    "No policy was found in this text: paste the policy JSON, or the command's whole output.",
  "check.tooDeep":
    "{count, plural, one {One JSON value} other {# JSON values}} in this text nest brackets more than {limit} levels deep, which no policy does: left out.",
  "check.result": "Our evaluation of these policies: {ours}. AWS decided: {aws}.",
  "check.decision.allow": "allowed",
  "check.decision.explicit-deny": "denied by an explicit Deny",
  "check.decision.implicit-deny": "denied, nothing allows it",
  "check.decision.unknown": "unknown (the message lost it)",
  "check.differs.policies-missing":
    "The two differ: other policies apply that are not pasted here (a boundary, an SCP, a session or resource-based policy, or other identity policies).",
  "check.differs.keys-missing":
    "The two may differ because the decoded message did not carry every context key these policies test.",
  "check.deniedBy": "Statement {sid} of {policy} denied it.",
  "check.caughtBy": "Caught by {operator} on {key} ({values}): the request had {had}.",
  "check.caughtBy.absent":
    "Caught by {operator} on {key} ({values}): the request did not carry the key.",
  "check.nearest.heading": "The nearest miss",
  "check.nearest.statement": "Statement {sid} of {policy} came closest.",
  "check.nearest.condition":
    "Its condition {operator} on {key} wants {values}; the request had {had}.",
  "check.nearest.condition.absent":
    "Its condition {operator} on {key} wants {values}; the request did not carry the key.",
  "check.nearest.element.Action": "Its Action does not include the request's action.",
  "check.nearest.element.NotAction": "Its NotAction excludes the request's action.",
  "check.nearest.element.Resource": "Its Resource does not include the request's resource.",
  "check.nearest.element.NotResource": "Its NotResource excludes the request's resource.",
  "check.nearest.element.Principal": "Its Principal does not name the caller.",
  "check.nearest.element.NotPrincipal": "Its NotPrincipal excludes the caller.",
  "check.nearest.element.Condition": "A condition did not hold.",
  "check.nearest.edit":
    "{count, plural, one {The edit that makes it match (marked), checked: with it these policies allow the request. Or use the new statement above:} other {The edits that make it match, one for each miss (marked), checked: with them these policies allow the request. Or use the new statement above:}}",
  "check.nearest.noEdit":
    "No edit of this statement makes these policies allow the request: use the new statement above.",
  "check.nearest.notEnough":
    "Even with this statement edited, the request stays denied: no {types} among those pasted allows it. Use the statements above.",
  "check.nearest.copy": "Copy edited statement",
  "check.decision.refused": "refused by the service, whatever the policies say",
  "check.rule.explicit-deny":
    "The rule: a Deny in any policy that applies decides, whatever allows.",
  "check.rule.not-principal-boundary":
    "The rule: a Deny with NotPrincipal always denies a caller that has a permissions boundary, even one it lists.",
  "check.rule.no-permission-needed":
    "The rule: sts:GetCallerIdentity needs no permission, and no Deny can stop it.",
  "check.rule.refused-by-service": "The rule: the service refuses this whatever the policies say.",
  "check.rule.limit-lacks-allow":
    "The rule: each SCP level, RCP level, permissions boundary, session policy and VPC endpoint policy that applies must allow too; here one does not ({types}).",
  "check.rule.direct-grant":
    "The rule: in the same account, a resource policy that names the user or role session itself (or everyone) grants on its own; an implicit deny in a permissions boundary or session policy does not take it back.",
  "check.rule.role-grant":
    "The rule: the resource policy names the role, so for its session the permissions boundary and session policy must allow too.",
  "check.rule.account-delegation":
    "The rule: the resource's policy names the account, which grants nothing by itself: it lets the account's identity-based policies decide, so the caller's own policy must allow too (this is what AWS's default key policy does).",
  "check.rule.identity-allow":
    "The rule: in the same account, an identity-based Allow is enough when nothing limits it.",
  "check.rule.both-sides":
    "The rule: across accounts, the caller's identity-based policy and the resource's policy must both allow.",
  "check.rule.key-policy-required":
    "The rule: a KMS key's own policy must allow, directly or by naming the account; an identity-based Allow alone is not enough.",
  "check.rule.trust-policy-required":
    "The rule: assuming a role needs the role's trust policy to allow the caller.",
  "check.rule.nothing-allows":
    "The rule: nothing that applies allows it, and IAM denies by default.",
  "check.service.aws-managed-policy": "AWS managed policies cannot be changed by customers.",
  "check.service.aws-reserved-role":
    "IAM Identity Center's roles (under /aws-reserved/) are changed through Identity Center, not IAM.",
  "check.service.service-linked-role":
    "A service-linked role's policies cannot be edited; it can only be deleted with iam:DeleteServiceLinkedRole.",
  "check.service.reserved-alias":
    "Alias names starting with alias/aws/ are reserved for AWS managed keys.",
  "check.note.not-applicable.management-account":
    "The {type} does not apply here: the organization's management account is not restricted by it.",
  "check.note.not-applicable.service-linked-role":
    "The {type} does not apply here: service-linked roles are not restricted by it.",
  "check.note.not-applicable.not-an-iam-principal":
    "The {type} does not apply here: the caller is not an IAM user or role of a member account.",
  "check.note.not-applicable.service-not-supported":
    "The {type} does not apply here: RCPs do not cover this service (AWS's list as of {date}).",
  "check.note.not-applicable.aws-managed-key":
    "The {type} does not apply here: RCPs do not apply to AWS managed keys.",
  "check.note.not-applicable.not-a-session":
    "The {type} does not apply here: only role sessions and federated users have session policies.",
  "check.note.not-applicable.no-identity-policies":
    "The {type} does not apply here: the caller is not an IAM identity.",
  "check.note.levels-assumed":
    "The {type} policies were given without where they are attached, so they are taken as one level. AWS needs an Allow at every level, from the root through each OU to the account.",
  "check.note.resource-policy-not-given.kms-key-policy":
    "This request needs the key's own policy, which was not given: paste it too to see AWS's decision.",
  "check.note.resource-policy-not-given.role-trust-policy":
    "This request needs the role's trust policy, which was not given: paste it too to see AWS's decision.",
  "check.note.invalid-statement.no-principal":
    "Statement {index} of {policy} has no Principal: AWS refuses such a resource-based policy, so it grants nothing here.",
  "check.note.invalid-statement.principal-in-identity-policy":
    "Statement {index} of {policy} has a Principal: AWS refuses that in an identity-based policy, so it is not counted.",
  "check.note.unmodeled.kms-grants":
    "Where the check stops: KMS grants can also allow this, and they are not modelled.",
  "check.note.unmodeled.s3-acls":
    "Where the check stops: S3 ACLs and Object Ownership can also decide, and they are not modelled.",
  "share.options.redacted":
    "What the link holds: redacted ({count, plural, one {# value replaced} other {# values replaced}}), preview and choices",
  "share.options.plain": "What the link holds: not redacted, preview and choices",
  "share.heading": "Share",
  "share.intro":
    "The link carries the analysis in its #fragment, which browsers never send to a server. Nothing is uploaded.",
  "share.redact": "Hide identifying values",
  "share.category.accounts": "Account IDs",
  "share.category.uniqueIds": "Unique IDs (AROA…, AIDA…, ASIA…)",
  "share.category.names": "User names, session names and source identities",
  "share.category.emails": "E-mail addresses",
  "share.category.tags": "Tag values",
  "share.category.organizations": "Organization, OU, root and policy IDs",
  "share.category.ips": "IP addresses",
  "share.category.custom": "These values too",
  "share.custom.placeholder": "bucket names, host names… (comma or line separated)",
  "share.preview": "Exactly what the link contains:",
  "share.replaced":
    "{count, plural, =0 {No values replaced.} one {# value replaced.} other {# values replaced.}}",
  "share.copy": "Copy share link",
  "share.copied": "Share link copied ({length} characters).",
  "share.failed": "The link could not be made: {reason}",
  "share.policyNote": "Copy policy still copies the real, unredacted policy.",
  "share.handoff": "Copy a link asking a teammate to decode",
  "share.handoff.hint":
    "The teammate link is for a colleague with sts:DecodeAuthorizationMessage in the account: it holds only the tokens, the authorization IDs with their region (for IAM Toolbox) and the partition.",
  "command.copy": "Copy command",
  "command.pasteBack":
    "Run it where your AWS credentials work, then paste its output into the box above.",
  "copy.done": "Copied to the clipboard",
  "report.summary.sts":
    "STS refused {action}: no statement of the role's trust policy matched this identity.",
  "report.summary.sts.role":
    "STS refused {action} on {resource}: no statement of the role's trust policy matched this identity.",
  "owner.trust":
    "The role's trust policy decides who may assume it. The role's owner must add a statement that trusts this identity, shown below.",
  "report.summary.trailOnly":
    "An authorization ID without its error ({id}): IAM Toolbox tells who was denied what, on which resource, and which policies and statements decided.",
  "owner.trailOnly":
    "Fetch the details below, or run the command: the ID opens the request's matched policies and statements to whoever has iam:GetRequestAuthorizationDetails in the account or organization, for at least 24 hours.",
  "share.idsLeftOut":
    "{count, plural, one {The authorization ID was left out} other {The # authorization IDs were left out}}: an ID opens the request's policies and statements to anyone in the account with iam:GetRequestAuthorizationDetails. The link asking a teammate to decode carries them.",
  "fixTarget.heading": "The statement to add, where it goes",
  "fixTarget.add": "Add to the {target}{account}",
  "fixTarget.account": " (account {account})",
  "fixTarget.account.unknown": " (its owner's account, which the ARN does not name)",
  "fixTarget.identity": "identity policy of {who}",
  "fixTarget.boundary": "permissions boundary {boundary} of {who}",
  "fixTarget.boundary.unnamed": "permissions boundary of {who}",
  "fixTarget.session": "session policy passed when a session of {who} is made",
  "fixTarget.scp": "service control policy {policy}",
  "fixTarget.scp.unnamed": "service control policies over the account",
  "fixTarget.resource.s3": "bucket policy of {name}",
  "fixTarget.resource.kms": "key policy of {name}",
  "fixTarget.resource.sqs": "queue policy of {name}",
  "fixTarget.resource.sns": "topic policy of {name}",
  "fixTarget.resource.lambda": "function policy of {name}",
  "fixTarget.resource.ecr": "repository policy of {name}",
  "fixTarget.resource.secretsmanager": "resource policy of secret {name}",
  "fixTarget.resource.other": "resource-based policy of {name}",
  "fixTarget.endpoint": "policy of VPC endpoint {endpoint}",
  "fixTarget.endpoint.unnamed": "policy of the {service} VPC endpoint the request went through",
  "fixTarget.trust": "trust policy of role {role}",
  "fixTarget.trust.unnamed": "trust policy of the role being assumed",
  "fixTarget.role.named": "The error names this policy as the one without an Allow.",
  "fixTarget.role.other-side":
    "Across accounts both sides must allow a request: the caller's account and the resource's. Make sure this side has it too.",
  "fixTarget.role.either":
    "The error does not say which policy lacks the Allow: one of these does.",
  "fixTarget.note.scp":
    "An SCP Allow only permits; it never grants. The caller's identity policy must allow it too, and every level from the root through each OU to the account needs an Allow. Change SCPs from the organization's management account.",
  "fixTarget.note.boundary":
    "A boundary only caps what the principal may do: its identity policy must allow this too.",
  "fixTarget.note.session":
    "A session policy only narrows the role's permissions, and it is passed when the session is made (AssumeRole's Policy or PolicyArns): change the code or tool that makes the session. The role's own policy must allow it too.",
  "fixTarget.note.session-principal":
    "The Principal is the role {role}, not the session: a session ARN matches that one session only.",
  "fixTarget.note.identity-center":
    "IAM Identity Center makes this role under the path aws-reserved/sso.amazonaws.com/ and makes it again, with a new suffix, when the permission set is provisioned anew: the statement matches the permission set's roles by aws:PrincipalArn instead of naming one.",
  "fixTarget.note.github":
    "GitHub Actions: the IAM OIDC provider token.actions.githubusercontent.com must exist in the role's account, and sub must match the repository (and branch or environment) the workflow runs from.",
  "fixTarget.note.eks":
    "EKS: the cluster's OIDC issuer must be registered as an IAM OIDC provider (aws eks describe-cluster shows it); sub names the service account's namespace and name.",
  "fixTarget.note.web-identity":
    "The error does not say which identity provider: put its host, audience and subject in place of the placeholders.",
  "fixTarget.note.saml": "Use the name of the SAML provider registered in IAM.",
  "fixTarget.placeholders": "Replace before pasting: {values}.",
  "fixTarget.commands": "Commands that keep what is there",
  "fixTarget.commands.replacing":
    "The write replaces the whole policy, so these read it first, add the statement with jq, and write both back. Review policy.json before the last step.",
  "fixTarget.commands.additive":
    "Lambda adds one statement to the function's policy: nothing is replaced.",
  "fixTarget.commands.none":
    "Use this service's own policy API: add the statement to the policy the resource already has.",
  "fixTarget.merge.label":
    "Paste the current policy to merge (the read command's output works too)",
  "fixTarget.merge.button": "Merge",
  "fixTarget.merge.added":
    "Added as {sid}: the policy now has {count} statements. Nothing else changed.",
  "fixTarget.merge.already": "That policy already has this statement (as {sid}): nothing to add.",
  "fixTarget.merge.no-policy":
    "No policy found in what you pasted: paste the policy JSON, or the output of the read command above.",
  "fixTarget.merge.too-large":
    "That is larger than any policy AWS accepts (key policies hold 32 KB at most): paste only the policy.",
  "fixTarget.merge.too-deep":
    "That JSON nests brackets more than {limit} levels deep, which no policy does; it was not read.",
  "fixTarget.merge.copy": "Copy merged policy",
  "overview.fix": "add {sid} to the {target}",
  "report.caller": "Caller: {who}.",
  "overview.fix.identity": "add {sid} to {who}",
} as const;
