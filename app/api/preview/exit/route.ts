import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

/** `/api/preview/exit`: leaves preview mode and returns to the front page. */
export async function GET() {
  (await draftMode()).disable();
  redirect('/');
}
