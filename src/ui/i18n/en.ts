import type { enViews } from "./en-views";

/**
 * Every string the interface shows. `{name}` marks a parameter; components may put elements there.
 * Japanese arrives in issue #7 as a second dictionary with the same keys.
 */
/**
 * The strings the page needs before any result is shown; the rest (en-views.ts) load with the
 * result views, so the first load stays small. Japanese (ja.ts) loads whole, when chosen.
 */
export const en = {
  "app.documentTitle": "authz-decoder: why was I denied?",
  "theme.label": "Theme",
  "theme.system": "System theme",
  "theme.light": "Light",
  "theme.dark": "Dark",
  "app.title": "authz-decoder",
  "lang.label": "Language",
  "lang.en": "English",
  "lang.ja": "日本語",
  "input.pasteClipboard": "Paste from clipboard",
  "input.pasteClipboard.failed":
    "The browser did not allow reading the clipboard: paste with Ctrl+V (⌘V) instead.",
  "input.openFile": "Open a text file",
  "input.dropHint": "…or drop a text file here.",
  "input.file.tooLarge": "{name} is {size} bytes; the page reads up to {limit}.",
  "app.tagline":
    "Explain AWS “not authorized” errors and get the policy that fixes them. Everything stays in this browser tab.",
  "input.label": "Paste a decoded authorization message, CLI output or error text",
  "input.placeholder":
    'Paste the output of "aws sts decode-authorization-message", the decoded JSON in any form, or the whole error…',
  "input.example": "Try a real example",
  "input.pasted": "Pasted: {what}, {size} characters.",
  "input.pasted.decoded": "a decoded message",
  "input.pasted.toolbox": "IAM Toolbox output",
  "input.pasted.errors": "error text",
  "input.pasted.other": "text",
  "input.edit": "Edit",
  "input.clear": "Clear",
  "input.readAs": "Read as: {forms}",
  "empty.heading": "Why was I denied?",
  "empty.body":
    "Paste what AWS gave you. This page finds the decoded message, says who was denied what and why, shows the request's context, and writes the policy that fixes it.",
  "empty.step1":
    "Have only an error with “Encoded authorization failure message”? Run {command} and paste its output here.",
  "json.loading": "Loading…",
  "error.too-large":
    "This paste is {size} characters; the page reads up to {limit}. Paste only the error or the decoded message.",
  "error.too-deep":
    "This text nests brackets more than {limit} levels deep, which no AWS message does; it was not read.",
  "error.binary.image":
    "This is an image ({kind}), not text: the page reads the error's words. Copy the text from where the error appeared, or turn the screenshot into text first (most phones and the macOS and Windows screenshot tools can copy text from an image).",
  "error.binary":
    "This file is not text{kind}: the page reads error texts, logs and decoded messages. For CloudTrail's .json.gz files, decompress them first (gunzip).",
  "error.not-found":
    "No authorization message found. Expected the decoded JSON (with “allowed”, “explicitDeny” and “context”), the output of aws sts decode-authorization-message, or an error containing “Encoded authorization failure message”.",
  "input.openTrail": "Open CloudTrail files",
  "org.back": "Back to the organization overview",
  "input.openQueries": "Query CloudTrail with Athena",
  "input.pastedTrail": "pasted text",
  "input.showLine": "Show line {line}",
  "error.unparseable":
    "The message could not be read: at line {line}, column {column}, expected {expected} but found “{found}”.",
  "error.not-authz-message":
    "This JSON is not a decoded authorization message: it has no {missing}.",
  "error.empty": "",
  "error.crash":
    "Something went wrong while showing this result. Your paste is kept: change it, or start over.",
  "error.crash.reset": "Start over",
  "expected.InvalidSymbol": "valid JSON",
  "expected.InvalidNumberFormat": "a number",
  "expected.PropertyNameExpected": "a property name in double quotes",
  "expected.ValueExpected": "a value",
  "expected.ColonExpected": "a colon",
  "expected.CommaExpected": "a comma",
  "expected.CloseBraceExpected": "a closing }",
  "expected.CloseBracketExpected": "a closing ]",
  "expected.EndOfFileExpected": "the end of the JSON",
  "expected.InvalidCommentToken": "no comment",
  "expected.UnexpectedEndOfComment": "the end of a comment",
  "expected.UnexpectedEndOfString": "a closing quote",
  "expected.UnexpectedEndOfNumber": "a complete number",
  "expected.InvalidUnicode": "a valid \\u escape",
  "expected.InvalidEscapeCharacter": "a valid escape",
  "expected.InvalidCharacter": "a valid character",
  "link.hidden":
    "The sender hid: {values}. These names stand for their real values in everything below.",
  "link.loaded": "Opened from a share link.",
  "link.handoff":
    "A teammate asks you to decode these tokens. Decode them below, then send back a share link of the result.",
  "link.movedFromQuery":
    "This link carried its data in the query string, which is sent to the web server. It was moved to the #fragment, which stays in your browser.",
  "link.error.not-ours": "This link's #fragment is not a share link.",
  "link.error.unknown-version":
    "This share link was made by a newer version of the page ({version}). Ask for a new link, or open it where it was made.",
  "link.error.too-large": "This share link is too large to open safely.",
  "link.error.corrupt": "This share link is damaged (cut off or altered). Ask for it again.",
  "link.error.invalid": "This share link holds data this page does not accept ({detail}).",
} as const;

export type ShellKey = keyof typeof en;
export type MessageKey = ShellKey | keyof typeof enViews;
