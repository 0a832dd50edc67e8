import { requestUser, type SignedInUser } from "@/lib/auth/session";
import { unauthorized } from "@/lib/domain/errors";
import { noteRequestUser } from "@/lib/ops/request-user";
import { handle } from "./respond";

export interface AuthedContext<Params> {
  user: SignedInUser;
  request: Request;
  params: Params;
}

/**
 * A route handler for signed-in users: the session is resolved once, before
 * anything else (a signed-out request is a 401 whatever its body), and the
 * handler receives the user to pass to the services. Errors take `handle`'s shape.
 */
export function authed<Params = Record<string, never>>(handler: (context: AuthedContext<Params>) => Promise<Response>) {
  return handle(async (request: Request, context: { params: Promise<Params> }) => {
    const user = await requestUser(request);
    if (!user) throw unauthorized();
    noteRequestUser(request, user.id);
    return handler({ user, request, params: await context.params });
  });
}
