import { cachedTextResponse } from '@/lib/seo/http';
import { OPENSEARCH_TYPE, openSearchDescription } from '@/lib/seo/opensearch';
import { getSite } from '@/lib/site';

// The base URL comes from SITE_URL or site.yml at run time, so this is not frozen at build.
export const dynamic = 'force-dynamic';

/** `/opensearch.xml`: the OpenSearch description that lets browsers search the site. */
export async function GET(request: Request) {
  return cachedTextResponse(request, openSearchDescription(await getSite()), { contentType: OPENSEARCH_TYPE });
}
