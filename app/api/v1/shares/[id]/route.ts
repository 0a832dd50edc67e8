import { requireUser } from "@/lib/auth/session";
import { assertSameOrigin, handle } from "@/lib/http/respond";
import { revokeShare } from "@/lib/services/shares";

export const DELETE = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  assertSameOrigin(request);
  await revokeShare(await requireUser(), (await params).id);
  return new Response(null, { status: 204 });
});
