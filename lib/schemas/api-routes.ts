/**
 * Every route under /api/v1, described once: GET /api/v1/openapi.json, the
 * API reference page (/docs/api) and the tests all read this table.
 *
 * Adding a route = one entry here, keyed "METHOD /path" with the path as
 * Next's folder names it below app/api/v1 (`[id]` becomes `{id}`):
 *
 *   "GET /plan": {
 *     tag: "Learning plan",
 *     summary: "The user's learning plan",
 *     access: "session",            // or "public"
 *     query: planQuerySchema,       // optional: the zod schema the handler parses the query with
 *     body: updatePlanSchema,       // optional: the zod schema of the JSON body
 *     responses: { 200: { description: "The plan.", body: planSchema } },
 *     errors: [404],                // only the statuses not implied below
 *   },
 *
 * Implied, so not listed: 401 for "session" routes; 400, 403, 413 and 415
 * for a JSON body; 400 for a query, path params or headers schema; 500 for all.
 * Request and response schemas live in lib/schemas (give a response shape an
 * id with `.meta({ id: "Plan" })` to make it a named component). Run
 * tests/unit/openapi.test.ts: it fails while a route.ts has no entry here, or
 * when an entry's access, body, query or headers differ from what the handler
 * uses (authed, parseBody, parseQuery, parseHeader: the very same schemas).
 * Wrap the handlers an integration test calls in checkedAgainstSchema
 * (tests/support/api-schema.ts) so each response is checked against its entry.
 */
import { z } from "zod";
import { MAX_FIELD_ERRORS } from "@/lib/domain/errors";
import { changePasswordSchema, deleteAccountSchema, meSchema, signUpAcceptedSchema, signUpSchema, updateMeSchema } from "./account";
import {
  assessmentDetailSchema,
  assessmentPageSchema,
  assessmentSummarySchema,
  ACCOUNT_MAX_ASSESSMENTS,
  exportDocumentSchema,
  IMPORT_BODY_LIMIT,
  ACCOUNT_MAX_REVIEWS,
  EXPORTS_AT_ONCE,
  IMPORTS_AT_ONCE,
  IMPORT_MAX_ASSESSMENTS,
  idempotencyKeySchema,
  importQuerySchema,
  importResultSchema,
  listAssessmentsSchema,
  saveAssessmentSchema,
} from "./assessment";
import { dashboardSchema, progressSchema } from "./dashboard";
import { confirmPasswordResetSchema, passwordResetRequestedSchema, requestPasswordResetSchema } from "./password-reset";
import { progressQuerySchema } from "./progress";
import { celebratedSchema, planSchema, savePlanSchema } from "./plan";
import { reminderFeedQuerySchema, reminderFeedSchema, remindersSchema, updateRemindersSchema } from "./reminders";
import { roleDraftRequestSchema, roleDraftSchema } from "./role-draft";
import { jsonSchemaDocumentSchema } from "./role-set";
import { roleCatalogueSchema, roleDetailSchema } from "./roles";
import {
  calibrationSchema,
  createReviewSchema,
  createShareSchema,
  linkCreatedSchema,
  reviewAnsweredSchema,
  reviewListSchema,
  reviewResponseSchema,
  shareListSchema,
} from "./sharing";
import { skillCatalogueSchema, skillDetailSchema } from "./skills";
import {
  changeRoleSchema,
  cohortMatrixSchema,
  cohortTrendSchema,
  createInvitationSchema,
  createWorkspaceSchema,
  invitationListSchema,
  membershipSchema,
  sharingInputSchema,
  updateWorkspaceSchema,
  workspaceCreatedSchema,
  workspaceDetailSchema,
  workspaceListSchema,
  workspaceSummarySchema,
} from "./workspaces";

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 411 | 413 | 415 | 422 | 429 | 500 | 503;

export interface ApiResponse {
  description: string;
  /** None for a 204. */
  body?: z.ZodType;
  /** application/json unless said otherwise. */
  contentType?: string;
  /** Response headers a client may rely on, by name, with what each means. */
  headers?: Record<string, string>;
}

export interface ApiRoute {
  tag: string;
  summary: string;
  description?: string;
  access: "session" | "public";
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: z.ZodType;
  responses: Partial<Record<200 | 201 | 202 | 204, ApiResponse>>;
  errors?: readonly ErrorStatus[];
}

const NO_CONTENT = { description: "Done; no body." } as const;

/** The OpenAPI document's own loose shape: enough to tell a client it got the right thing. */
const openApiDocumentSchema = z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({}),
  })
  .meta({ id: "OpenApiDocument" });

export const API_ROUTES = {
  "POST /users": {
    tag: "Account",
    summary: "Sign up",
    description:
      "Creates an account, then sign in through next-auth's credentials sign-in. A new and an existing email get the same 202 and message, and an existing account is left as it was. " +
      "Throttled: 10 accepted sign-ups per client address per hour, then 429 with Retry-After (and no account).",
    access: "public",
    body: signUpSchema,
    responses: { 202: { description: "Accepted (whether or not the email already had an account).", body: signUpAcceptedSchema } },
    errors: [429],
  },
  "POST /password-resets": {
    tag: "Account",
    summary: "Ask for a password reset link",
    description:
      "Mails a link to `/reset-password?token=…` (single use, valid 30 minutes) when the email has an account; without SMTP_URL the server writes the link to its log instead. " +
      "A known and an unknown email get the same 202 and message. Throttled: 10 requests per client address per hour, and 3 per email per hour from addresses that have never signed in to the account, then 429 with Retry-After. An address the owner has signed in from has 3 an hour of its own, so others asking for the owner's email cannot block the owner's request.",
    access: "public",
    body: requestPasswordResetSchema,
    responses: { 202: { description: "Accepted (whether or not the email has an account).", body: passwordResetRequestedSchema } },
    errors: [429],
  },
  "POST /password-resets/confirm": {
    tag: "Account",
    summary: "Set a new password from a reset link",
    description:
      "Sets the password (the sign-up policy applies: errors name `newPassword`), uses the token up along with the account's other outstanding ones, ends every session and marks the email verified. " +
      "A used, expired or unknown token is a 400 naming `token`.",
    access: "public",
    body: confirmPasswordResetSchema,
    responses: { 204: NO_CONTENT },
  },
  "GET /me": {
    tag: "Account",
    summary: "Your account",
    access: "session",
    responses: { 200: { description: "The signed-in account.", body: meSchema } },
  },
  "PATCH /me": {
    tag: "Account",
    summary: "Change your name, target role or goal",
    description: "Every field is optional; null clears the target role or the goal date.",
    access: "session",
    body: updateMeSchema,
    responses: { 200: { description: "The account after the change.", body: meSchema } },
  },
  "DELETE /me": {
    tag: "Account",
    summary: "Delete your account and everything in it",
    description:
      "Send `currentPassword` (a wrong one counts against the same budget as a password change: 10 per 15 minutes, then 429 with Retry-After even for the right one). " +
      "An account without a password (GitHub or Google only) sends `{}` and must have signed in within the last 10 minutes, else 403 `recent_sign_in_required`.",
    access: "session",
    body: deleteAccountSchema,
    responses: { 204: NO_CONTENT },
    errors: [429],
  },
  "POST /me/password": {
    tag: "Account",
    summary: "Change your password",
    description:
      "Ends every session, this one included: sign in again with the new password. " +
      "Throttled like sign-in: after 10 wrong current passwords in 15 minutes even the right one gets 429 with Retry-After; the right one resets the count.",
    access: "session",
    body: changePasswordSchema,
    responses: { 204: NO_CONTENT },
    errors: [429],
  },
  "POST /me/sign-out-everywhere": {
    tag: "Account",
    summary: "Sign out everywhere",
    description: "Ends every session of the account, this one included.",
    access: "session",
    responses: { 204: NO_CONTENT },
    errors: [403],
  },
  "GET /roles": {
    tag: "Framework",
    summary: "The roles, skills, targets and rating scale",
    access: "public",
    responses: { 200: { description: "The framework in force.", body: roleCatalogueSchema } },
  },
  "GET /roles/{slug}": {
    tag: "Framework",
    summary: "One role",
    access: "public",
    params: z.strictObject({ slug: z.string().meta({ description: "data-scientist, ml-engineer or ml-researcher" }) }),
    responses: { 200: { description: "The role with every skill's target and weight.", body: roleDetailSchema } },
    errors: [404],
  },
  "POST /roles/draft": {
    tag: "Framework",
    summary: "Draft a role's targets from a job posting",
    description:
      "Offline and deterministic: a dictionary of terms per skill names the skills, the posting's sections and wording set each target and weight. Writes nothing; the same text always gives the same draft.",
    access: "session",
    body: roleDraftRequestSchema,
    responses: {
      200: { description: "A target, weight and evidence for every skill, and the phrases that named none.", body: roleDraftSchema },
    },
  },
  "GET /schemas/role-set.json": {
    tag: "Framework",
    summary: "The JSON Schema (2020-12) of a role set",
    description: "Generated from the zod schema the app reads role sets with: custom roles shared as one JSON document.",
    access: "public",
    responses: { 200: { description: "A JSON Schema 2020-12 document.", body: jsonSchemaDocumentSchema } },
  },
  "GET /skills": {
    tag: "Framework",
    summary: "Every skill: what each level looks like, why each role needs it, where to learn it",
    access: "public",
    responses: { 200: { description: "The skills of the framework in force, in catalogue order.", body: skillCatalogueSchema } },
  },
  "GET /skills/{slug}": {
    tag: "Framework",
    summary: "One skill with its levels, roles and resources",
    access: "public",
    params: z.strictObject({ slug: z.string().meta({ description: "A skill slug, e.g. statistics" }) }),
    responses: { 200: { description: "The skill.", body: skillDetailSchema } },
    errors: [404],
  },
  "GET /plan": {
    tag: "Learning plan",
    summary: "Your learning plan, with progress and a suggested plan",
    access: "session",
    responses: { 200: { description: "The plan.", body: planSchema } },
  },
  "PUT /plan": {
    tag: "Learning plan",
    summary: "Replace your learning plan",
    description:
      "At most 5 items. A new or changed item must aim above your current level and may not be due in the past; an item sent as it was stored keeps its met mark.",
    access: "session",
    body: savePlanSchema,
    responses: { 200: { description: "The plan as saved.", body: planSchema } },
  },
  "POST /plan/celebrated": {
    tag: "Learning plan",
    summary: "Remember that met items were celebrated",
    access: "session",
    body: celebratedSchema,
    responses: { 204: NO_CONTENT },
  },
  "GET /reminders": {
    tag: "Learning plan",
    summary: "Your reassessment rhythm and when the next reassessment is due",
    access: "session",
    responses: { 200: { description: "The interval, the next due date and whether a calendar feed is active.", body: remindersSchema } },
  },
  "PUT /reminders": {
    tag: "Learning plan",
    summary: "Choose the reassessment interval",
    access: "session",
    body: updateRemindersSchema,
    responses: { 200: { description: "The rhythm after the change.", body: remindersSchema } },
  },
  "POST /reminders/feed": {
    tag: "Learning plan",
    summary: "Make a new calendar feed (the one before stops working)",
    description: "The token is shown this once: only its hash is kept.",
    access: "session",
    responses: { 201: { description: "The feed's token and path.", body: reminderFeedSchema } },
    errors: [403],
  },
  "DELETE /reminders/feed": {
    tag: "Learning plan",
    summary: "Revoke the calendar feed",
    access: "session",
    responses: { 204: NO_CONTENT },
    errors: [403],
  },
  "GET /reminders.ics": {
    tag: "Learning plan",
    summary: "The reassessment dates as an iCalendar feed",
    description: "For calendar apps: no cookie, the token is the key. Lists the coming due dates and nothing else.",
    access: "public",
    query: reminderFeedQuerySchema,
    responses: { 200: { description: "An iCalendar document.", body: z.string(), contentType: "text/calendar" } },
    errors: [404],
  },
  "POST /assessments": {
    tag: "Assessments",
    summary: "Save an assessment",
    description: `Creates a new, immutable assessment; an unrated skill counts as 0. With an Idempotency-Key, a retry within 24 hours answers with the first save (and the header Idempotent-Replayed: true). An account holds at most ${ACCOUNT_MAX_ASSESSMENTS.toLocaleString("en")} assessments, as after an import: a save into a full account is a 400 naming \`assessments\`, and writes nothing.`,
    access: "session",
    headers: z.strictObject({
      "Idempotency-Key": idempotencyKeySchema.optional().meta({ description: "Any unique string per save, 8 to 100 characters." }),
    }),
    body: saveAssessmentSchema,
    responses: {
      201: {
        description: "Saved, with the readiness per role.",
        body: assessmentSummarySchema,
        headers: { "Idempotent-Replayed": "`true` when this answers a retry with the first save's result." },
      },
    },
    errors: [422],
  },
  "GET /assessments": {
    tag: "Assessments",
    summary: "Your assessments, newest first",
    access: "session",
    query: listAssessmentsSchema,
    responses: { 200: { description: "One page; follow nextCursor for the next.", body: assessmentPageSchema } },
  },
  "GET /assessments/{id}": {
    tag: "Assessments",
    summary: "One assessment with its ratings",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    responses: { 200: { description: "The assessment.", body: assessmentDetailSchema } },
    errors: [404],
  },
  "GET /dashboard": {
    tag: "Progress",
    summary: "Readiness per role, next best skill, trend and forecast",
    access: "session",
    responses: { 200: { description: "The dashboard's figures.", body: dashboardSchema } },
  },
  "GET /progress": {
    tag: "Progress",
    summary: "A role's readiness at each assessment",
    access: "session",
    query: progressQuerySchema,
    responses: { 200: { description: "The series, read from the readiness stored at each save.", body: progressSchema } },
  },
  "GET /export": {
    tag: "Your data",
    summary: "Export everything as JSON",
    access: "session",
    responses: {
      200: {
        description: "A versioned document that POST /import takes back.",
        body: exportDocumentSchema,
        headers: { "Content-Disposition": "attachment; filename=skillgap-export-<date>.json" },
      },
    },
    description: `Written as it is read, a slice of assessments at a time. ${EXPORTS_AT_ONCE} exports (JSON and CSV together) are written at once on a server; one more is a 503 with Retry-After.`,
    errors: [503],
  },
  "GET /export.csv": {
    tag: "Your data",
    summary: "Export the ratings as CSV",
    access: "session",
    responses: {
      200: {
        description: "One row per rating: assessment_id, created_at, framework_version, skill, level, note.",
        body: z.string(),
        contentType: "text/csv",
        headers: { "Content-Disposition": "attachment; filename=skillgap-ratings-<date>.csv" },
      },
    },
    description: `Written as it is read. Counts with the JSON export against the ${EXPORTS_AT_ONCE} written at once on a server (503 with Retry-After beyond that).`,
    errors: [503],
  },
  "POST /import": {
    tag: "Your data",
    summary: "Import a JSON export",
    description: `Up to ${IMPORT_BODY_LIMIT / 1024 / 1024} MB and ${IMPORT_MAX_ASSESSMENTS.toLocaleString("en")} assessments, and an account holds at most ${ACCOUNT_MAX_ASSESSMENTS.toLocaleString("en")} after it (400 naming the limit). Everything is validated before anything is written, and an import that fails leaves nothing; assessments you already have (same id) are skipped. Answered reviews are imported too (without their links), up to ${ACCOUNT_MAX_REVIEWS.toLocaleString("en")} in an account. A 400 names at most ${MAX_FIELD_ERRORS} fields and says how many more problems there were. One import per account at a time (409 while one runs), and ${IMPORTS_AT_ONCE} on the server at once (503 with Retry-After beyond that). With ?dryRun=1, the same validation and counts, and nothing written: the preview the import screen shows.`,
    access: "session",
    query: importQuerySchema,
    body: exportDocumentSchema,
    responses: { 200: { description: "What was imported.", body: importResultSchema } },
    errors: [409, 503],
  },
  "POST /shares": {
    tag: "Sharing",
    summary: "Create a read-only link to your profile",
    description:
      "The page /p/{token} shows, without sign-in, your display name, readiness per role, target role, progress and levels (notes only with showNotes) as of your latest assessment. At most 10 live links; creating links (shares and reviews together) is limited to 30 an hour.",
    access: "session",
    body: createShareSchema,
    responses: { 201: { description: "The link, shown this once.", body: linkCreatedSchema } },
    errors: [409, 429],
  },
  "GET /shares": {
    tag: "Sharing",
    summary: "Your share links with their expiry and view count",
    access: "session",
    responses: { 200: { description: "Live and expired links.", body: shareListSchema } },
  },
  "DELETE /shares/{id}": {
    tag: "Sharing",
    summary: "Revoke a share link",
    description: "The page then answers 404, like a made-up link.",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    responses: { 204: NO_CONTENT },
    errors: [403, 404],
  },
  "POST /reviews": {
    tag: "Sharing",
    summary: "Invite a reviewer through a single-use link",
    description:
      "The page /review/{token} lets the reviewer, with or without an account, rate you on every skill without seeing your ratings. 14 days unless expiresInDays says otherwise; at most 10 pending links.",
    access: "session",
    body: createReviewSchema,
    responses: { 201: { description: "The link, shown this once.", body: linkCreatedSchema } },
    errors: [409, 429],
  },
  "GET /reviews": {
    tag: "Sharing",
    summary: "Your reviews: pending, answered, expired or revoked",
    access: "session",
    responses: { 200: { description: "Every review you asked for.", body: reviewListSchema } },
  },
  "GET /reviews/{id}": {
    tag: "Sharing",
    summary: "The calibration of an answered review",
    description:
      "Per skill your level (from your latest assessment before the answer), the reviewer's and the difference; per role the readiness each gives. 409 while the review is not answered.",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    responses: { 200: { description: "Your ratings beside the reviewer's.", body: calibrationSchema } },
    errors: [404, 409],
  },
  "DELETE /reviews/{id}": {
    tag: "Sharing",
    summary: "Withdraw a pending review link",
    description: "The link then answers 410. An answered review cannot be withdrawn (409).",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    responses: { 204: NO_CONTENT },
    errors: [403, 404, 409],
  },
  "POST /reviews/{id}/response": {
    tag: "Sharing",
    summary: "Answer a review link (the reviewer; no account needed)",
    description:
      "The path segment is the link's token. Every skill once, on the 0-5 scale, with an optional note. A link answers once: a second answer, or one after expiry or withdrawal, is a 410 and writes nothing; an unknown token is a 404.",
    access: "public",
    params: z.strictObject({ id: z.string().meta({ description: "The review link's token." }) }),
    body: reviewResponseSchema,
    responses: { 201: { description: "Recorded.", body: reviewAnsweredSchema } },
    errors: [404, 410],
  },
  "POST /workspaces": {
    tag: "Workspaces",
    summary: "Create a workspace, with you as its owner",
    description:
      "A bootcamp, a class or a team. minGroupSize (3 to 50, default 5): aggregates are withheld while fewer members share enough. You can own at most 20 workspaces (409).",
    access: "session",
    body: createWorkspaceSchema,
    responses: { 201: { description: "The workspace.", body: workspaceCreatedSchema } },
    errors: [409],
  },
  "GET /workspaces": {
    tag: "Workspaces",
    summary: "The workspaces you belong to, with your role and sharing in each",
    access: "session",
    responses: { 200: { description: "Your workspaces.", body: workspaceListSchema } },
  },
  "GET /workspaces/{id}": {
    tag: "Workspaces",
    summary: "One workspace",
    description: "Owners and coaches also get its members with each one's role and sharing. 404 to anyone who is not a member.",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    responses: { 200: { description: "The workspace.", body: workspaceDetailSchema } },
    errors: [404],
  },
  "PATCH /workspaces/{id}": {
    tag: "Workspaces",
    summary: "Rename a workspace or change its minimum group size (owners)",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    body: updateWorkspaceSchema,
    responses: { 200: { description: "The workspace as it is now.", body: workspaceSummarySchema } },
    errors: [404],
  },
  "DELETE /workspaces/{id}": {
    tag: "Workspaces",
    summary: "Delete a workspace (owners)",
    description: "Its memberships and invitations go with it; no member's own data is touched.",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    responses: { 204: NO_CONTENT },
    errors: [403, 404],
  },
  "POST /workspaces/{id}/invitations": {
    tag: "Workspaces",
    summary: "Create an invitation link (owners and coaches)",
    description:
      "The page /join/{token} lets a signed-in user join with the sharing they choose. Only owners invite coaches. At most 50 live invitations per workspace; creating links (shares, reviews and invitations together) is limited to 30 an hour.",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    body: createInvitationSchema,
    responses: { 201: { description: "The link, shown this once.", body: linkCreatedSchema } },
    errors: [404, 409, 429],
  },
  "GET /workspaces/{id}/invitations": {
    tag: "Workspaces",
    summary: "A workspace's invitations with the uses left (owners and coaches)",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    responses: { 200: { description: "Live, expired, used-up and revoked invitations.", body: invitationListSchema } },
    errors: [403, 404],
  },
  "DELETE /workspaces/{id}/invitations/{invitationId}": {
    tag: "Workspaces",
    summary: "Revoke an invitation (owners and coaches)",
    description: "The link then answers 410.",
    access: "session",
    params: z.strictObject({ id: z.string(), invitationId: z.string() }),
    responses: { 204: NO_CONTENT },
    errors: [403, 404],
  },
  "PUT /workspaces/{id}/sharing": {
    tag: "Workspaces",
    summary: "Choose what the workspace's coaches see of you",
    description:
      '"none": only that you joined; "readiness": readiness per role, target role and when you last assessed; "levels": also your level per skill. Notes are never shared. Takes effect on the coach\'s next request.',
    access: "session",
    params: z.strictObject({ id: z.string() }),
    body: sharingInputSchema,
    responses: { 200: { description: "Your membership as it is now.", body: membershipSchema } },
    errors: [404],
  },
  "PATCH /workspaces/{id}/members/{userId}": {
    tag: "Workspaces",
    summary: "Change a member's role (owners)",
    description: "Demoting the last owner is a 409: a workspace keeps at least one.",
    access: "session",
    params: z.strictObject({ id: z.string(), userId: z.string() }),
    body: changeRoleSchema,
    responses: { 204: NO_CONTENT },
    errors: [404, 409],
  },
  "DELETE /workspaces/{id}/members/{userId}": {
    tag: "Workspaces",
    summary: "Leave a workspace (userId `me`) or remove a member",
    description:
      "Visibility ends at once. Owners remove anyone, coaches remove members; the last owner cannot leave (409) until another member is made an owner.",
    access: "session",
    params: z.strictObject({ id: z.string(), userId: z.string().meta({ description: "A member's id, or `me`." }) }),
    responses: { 204: NO_CONTENT },
    errors: [403, 404, 409],
  },
  "GET /workspaces/{id}/matrix": {
    tag: "Workspaces",
    summary: "The cohort against a role (owners and coaches)",
    description:
      'One row per member who shares: readiness for "readiness", levels per skill too for "levels" (never notes); a count of those who share nothing. Per skill the target, weight, coverage, levels 0-5 and median, and the readiness distribution, each over the members who share enough and have assessed, and withheld with the reason while fewer than minGroupSize do. Read on every request: a change of sharing shows at once.',
    access: "session",
    params: z.strictObject({ id: z.string() }),
    query: progressQuerySchema,
    responses: { 200: { description: "The cohort view's data.", body: cohortMatrixSchema } },
    errors: [403, 404],
  },
  "GET /workspaces/{id}/matrix.csv": {
    tag: "Workspaces",
    summary: "The cohort's rows as CSV (owners and coaches)",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    query: progressQuerySchema,
    responses: {
      200: {
        description:
          "One row per sharing member: member, sharing, target_role, last_assessed, readiness_<role> (percent), then one column per skill of the role. A cell starting with =, +, -, @ or a tab is prefixed with ' so a spreadsheet shows it as text.",
        body: z.string(),
        contentType: "text/csv",
        headers: { "Content-Disposition": "attachment; filename=skillgap-cohort-<role>-<date>.csv" },
      },
    },
    errors: [403, 404],
  },
  "GET /workspaces/{id}/trend": {
    tag: "Workspaces",
    summary: "The cohort's median readiness per week over 26 weeks (owners and coaches)",
    description:
      "From the readiness stored at each save, never recomputed: each sharing member counts with their latest reading by the end of the week. A week's median is null while fewer than minGroupSize members count.",
    access: "session",
    params: z.strictObject({ id: z.string() }),
    query: progressQuerySchema,
    responses: { 200: { description: "26 weekly points, oldest first.", body: cohortTrendSchema } },
    errors: [403, 404],
  },
  "POST /invitations/{token}/accept": {
    tag: "Workspaces",
    summary: "Join a workspace through an invitation link",
    description:
      "With the sharing you choose. An unknown token is a 404; an expired, revoked or used-up one a 410; joining a workspace you belong to a 409. Nothing is written unless the answer is 201.",
    access: "session",
    params: z.strictObject({ token: z.string().meta({ description: "The invitation link's token." }) }),
    body: sharingInputSchema,
    responses: { 201: { description: "Your membership.", body: membershipSchema } },
    errors: [404, 409, 410],
  },
  "GET /openapi.json": {
    tag: "Reference",
    summary: "This API as an OpenAPI 3.1 document",
    access: "public",
    responses: { 200: { description: "The document this reference is rendered from.", body: openApiDocumentSchema } },
  },
} as const satisfies Record<string, ApiRoute>;

export type ApiRouteKey = keyof typeof API_ROUTES;
