import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string | null };
    /** The user's session version when the token was issued. */
    sessionVersion: number;
    sessionId: string;
    /** When the user signed in (ms since epoch): the absolute lifetime counts from here. */
    authTime: number;
  }
  interface User {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion: number;
    sessionId: string;
    authTime: number;
  }
}
