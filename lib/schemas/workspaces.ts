import { z } from "zod";
import { SHARE_DAYS_MAX } from "./sharing";

export const WORKSPACE_NAME_MAX = 80;
export const MIN_GROUP_SIZE_DEFAULT = 5;
export const MIN_GROUP_SIZE_MIN = 3;
export const MIN_GROUP_SIZE_MAX = 50;
export const INVITATION_USES_MAX = 500;

export const WORKSPACE_ROLES = ["owner", "coach", "member"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
export const SHARING_LEVELS = ["none", "readiness", "levels"] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];

const nameSchema = z
  .string({ error: "Give the workspace a name." })
  .trim()
  .min(1, "Give the workspace a name.")
  .max(WORKSPACE_NAME_MAX, `A workspace name has at most ${WORKSPACE_NAME_MAX} characters.`)
  // Control characters would render as nothing or break a CSV row; a name is one line of text.
  .refine((name) => !/[\p{Cc}]/u.test(name), "A workspace name is one line of plain text.");

const minGroupSizeMessage = `minGroupSize is a whole number from ${MIN_GROUP_SIZE_MIN} to ${MIN_GROUP_SIZE_MAX}.`;
const minGroupSizeSchema = z
  .number({ error: minGroupSizeMessage })
  .int(minGroupSizeMessage)
  .min(MIN_GROUP_SIZE_MIN, minGroupSizeMessage)
  .max(MIN_GROUP_SIZE_MAX, minGroupSizeMessage);

const sharingSchema = z.enum(SHARING_LEVELS, { error: 'sharing is "none", "readiness" or "levels".' });

/** POST /workspaces. */
export const createWorkspaceSchema = z.strictObject({
  name: nameSchema,
  minGroupSize: minGroupSizeSchema.default(MIN_GROUP_SIZE_DEFAULT),
});
export type CreateWorkspaceInput = z.output<typeof createWorkspaceSchema>;

/** PATCH /workspaces/{id}: the owner renames it or changes the group size. */
export const updateWorkspaceSchema = z
  .strictObject({ name: nameSchema.optional(), minGroupSize: minGroupSizeSchema.optional() })
  .refine((input) => input.name !== undefined || input.minGroupSize !== undefined, {
    message: "Send a name, a minGroupSize or both.",
    path: ["name"],
  });
export type UpdateWorkspaceInput = z.output<typeof updateWorkspaceSchema>;

const daysMessage = `expiresInDays is a whole number from 1 to ${SHARE_DAYS_MAX}.`;
const usesMessage = `maxUses is a whole number from 1 to ${INVITATION_USES_MAX}.`;

/** POST /workspaces/{id}/invitations. */
export const createInvitationSchema = z.strictObject({
  role: z.enum(["member", "coach"], { error: 'role is "member" or "coach".' }),
  expiresInDays: z.number({ error: daysMessage }).int(daysMessage).min(1, daysMessage).max(SHARE_DAYS_MAX, daysMessage),
  maxUses: z.number({ error: usesMessage }).int(usesMessage).min(1, usesMessage).max(INVITATION_USES_MAX, usesMessage).optional(),
});
export type CreateInvitationInput = z.output<typeof createInvitationSchema>;

/** POST /invitations/{token}/accept and PUT /workspaces/{id}/sharing. */
export const sharingInputSchema = z.strictObject({ sharing: sharingSchema });
export type SharingInput = z.output<typeof sharingInputSchema>;

/** PATCH /workspaces/{id}/members/{userId}: the owner changes a member's role. */
export const changeRoleSchema = z.strictObject({ role: z.enum(WORKSPACE_ROLES, { error: 'role is "owner", "coach" or "member".' }) });
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const workspaceSummarySchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    minGroupSize: z.int(),
    myRole: z.enum(WORKSPACE_ROLES),
    mySharing: sharingSchema,
    memberCount: z.int().min(1),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Workspace" });
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;

export const workspaceCreatedSchema = z
  .strictObject({ id: z.string(), name: z.string(), minGroupSize: z.int(), myRole: z.literal("owner") })
  .meta({ id: "WorkspaceCreated" });

export const workspaceListSchema = z.array(workspaceSummarySchema).meta({ id: "Workspaces", description: "Newest first." });

export const workspaceMemberSchema = z.strictObject({
  userId: z.string(),
  name: z.string().meta({ description: "The member's display name; never the email." }),
  role: z.enum(WORKSPACE_ROLES),
  sharing: sharingSchema,
  joinedAt: z.iso.datetime(),
});
export type WorkspaceMember = z.infer<typeof workspaceMemberSchema>;

export const workspaceDetailSchema = workspaceSummarySchema
  .extend({
    members: z
      .array(workspaceMemberSchema)
      .nullable()
      .meta({ description: "Owners and coaches see who joined, with each one's role and sharing; a member gets null." }),
  })
  .meta({ id: "WorkspaceDetail" });
export type WorkspaceDetail = z.infer<typeof workspaceDetailSchema>;

export const invitationListSchema = z
  .array(
    z.strictObject({
      id: z.string(),
      role: z.enum(["member", "coach"]),
      createdAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
      maxUses: z.int().nullable(),
      uses: z.int().min(0),
      usesLeft: z.int().min(0).nullable().meta({ description: "Null: no limit of its own." }),
      status: z.enum(["live", "expired", "used_up", "revoked"]),
    }),
  )
  .meta({ id: "WorkspaceInvitations", description: "Newest first." });
export type InvitationSummary = z.infer<typeof invitationListSchema>[number];

/** What the join page shows before the user accepts: no token needed beyond the one in the path. */
export const invitationPreviewSchema = z.strictObject({ workspaceName: z.string(), role: z.enum(["member", "coach"]) });

export const membershipSchema = z
  .strictObject({ workspaceId: z.string(), role: z.enum(WORKSPACE_ROLES), sharing: sharingSchema })
  .meta({ id: "WorkspaceMembership" });

const withheldSchema = z.strictObject({
  n: z.int().min(0).meta({ description: "Members who would contribute: fewer than minGroupSize." }),
  reason: z.string(),
});

export const cohortMatrixSchema = z
  .strictObject({
    workspace: z.strictObject({ id: z.string(), name: z.string(), minGroupSize: z.int() }),
    role: z.strictObject({ slug: z.string(), name: z.string() }),
    counts: z.strictObject({
      members: z.int().min(0),
      sharingNone: z.int().min(0).meta({ description: "Members who share nothing: counted, never shown." }),
      sharingReadiness: z.int().min(0),
      sharingLevels: z.int().min(0),
    }),
    skills: z
      .array(z.strictObject({ skill: z.string(), name: z.string(), target: z.int(), weight: z.int() }))
      .meta({ description: "The role's skills with a target above 0, in catalogue order." }),
    rows: z
      .array(
        z.strictObject({
          userId: z.string(),
          name: z.string(),
          sharing: z.enum(["readiness", "levels"]),
          targetRole: z.string().nullable(),
          assessedAt: z.iso.datetime().nullable(),
          readiness: z
            .number()
            .min(0)
            .max(1)
            .nullable()
            .meta({ description: "For this role, stored when the latest assessment was saved." }),
          levels: z
            .record(z.string(), z.int().min(0).max(5))
            .nullable()
            .meta({ description: "Per skill of the role; only for members who share levels and have assessed. Never notes." }),
        }),
      )
      .meta({ description: "One row per member who shares readiness or levels, by name." }),
    aggregates: z.strictObject({
      levels: z.union([
        z.strictObject({
          n: z.int(),
          skills: z.array(
            z.strictObject({
              skill: z.string(),
              met: z.int(),
              coverage: z.number().min(0).max(1),
              distribution: z.array(z.int()).length(6).meta({ description: "Members at level 0, 1, ... 5." }),
              median: z.number(),
            }),
          ),
        }),
        withheldSchema,
      ]),
      readiness: z.union([
        z.strictObject({
          n: z.int(),
          median: z.number(),
          distribution: z.array(z.int()).length(5).meta({ description: "Members with readiness in 0-20%, 20-40%, ... 80-100%." }),
        }),
        withheldSchema,
      ]),
      secondOpinions: z
        .union([
          z.strictObject({
            n: z.int(),
            readiness: z.strictObject({ self: z.number(), reviewer: z.number() }),
            skills: z.array(z.strictObject({ skill: z.string(), medianDifference: z.number() })),
          }),
          withheldSchema,
        ])
        .meta({
          description:
            "Over members who share levels and have an answered mentor review: median readiness by their own latest levels and by their mentors' latest review, and per skill the median of own minus mentor's level.",
        }),
    }),
  })
  .meta({ id: "CohortMatrix" });
export type CohortMatrix = z.infer<typeof cohortMatrixSchema>;

export const cohortTrendSchema = z
  .strictObject({
    role: z.string(),
    minGroupSize: z.int(),
    weeks: z.array(
      z.strictObject({
        weekEnding: z.iso.datetime(),
        n: z.int().min(0).meta({ description: "Sharing members with a reading by then." }),
        median: z.number().nullable().meta({ description: "Null (withheld) while n is below minGroupSize." }),
      }),
    ),
  })
  .meta({ id: "CohortTrend" });
export type CohortTrend = z.infer<typeof cohortTrendSchema>;
