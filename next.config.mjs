/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and CLI packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "@node-rs/argon2"],
  // The type check is `npm test`'s (tsc over the app and its tests). In `next build` it would need the tests'
  // devDependencies, which a host installing with NODE_ENV=production leaves out, and cost every build its time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
