import { NextResponse } from "next/server";
import { authed } from "@/lib/http/authed";
import { getDashboard } from "@/lib/services/dashboard";

export const GET = authed(async ({ user }) => NextResponse.json(await getDashboard(user)));
