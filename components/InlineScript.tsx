import { headers } from 'next/headers';

/**
 * A script that runs as the page is parsed, before the framework wakes (lib/deferred-boot), for what
 * a page must do at once. It carries the request's nonce, which proxy.ts put in the policy Next reads:
 * only pages rendered per request may use it.
 */
export async function InlineScript({ code }: { code: string }) {
  const nonce = (await headers()).get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: code }} />;
}
