import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser("/dashboard");
  return <h1 className="text-2xl font-bold">Welcome, {user.name ?? user.email}</h1>;
}
