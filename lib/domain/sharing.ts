/** What the share and review routes answer, as the services build them. */
import type { Calibration } from "./calibration";
import type { DashboardRole } from "./dashboard";

export interface ShareLinkSummary {
  id: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  showNotes: boolean;
  viewCount: number;
}

export interface SharedProfile {
  ownerName: string;
  /** A date (YYYY-MM-DD), as is every date a viewer sees: no ids, no times of day. */
  assessedAt: string | null;
  targetRole: { slug: string; name: string } | null;
  roles: DashboardRole[];
  progress: { role: { slug: string; name: string }; points: { at: string; readiness: number }[] } | null;
  /** Level per skill of the catalogue (unrated counts as 0); null for all when there is no assessment yet. */
  levels: { skill: string; name: string; category: string; level: number | null; note: string | null }[];
}

export type ReviewStatus = "pending" | "answered" | "expired" | "revoked";

export interface ReviewSummary {
  id: string;
  reviewerName: string;
  status: ReviewStatus;
  createdAt: string;
  expiresAt: string;
  answeredAt: string | null;
}

export interface ReviewCalibration extends Calibration {
  id: string;
  reviewerName: string;
  answeredAt: string;
  /** When the owner's own levels were assessed: their latest assessment before the review came in. */
  selfAssessedAt: string | null;
}

/** What the reviewer's page may know: never the owner's own ratings. */
export interface ReviewInvitation {
  ownerName: string;
  reviewerName: string;
  open: boolean;
}

export const REVIEW_LINK_CLOSED = "This review link has already been answered, has expired or was withdrawn.";
