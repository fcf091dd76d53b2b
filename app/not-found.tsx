
/** The 404 page, inside the site frame, with a way back in. */
export default function NotFound() {
  return (
    <div className="not-found">
      <p className="kicker">Error 404</p>
      <h1>We can’t find that page</h1>
      <p>The story may have moved, or the address may be mistyped.</p>
      <p>
        <a href="/">Go to the front page</a>
      </p>
    </div>
  );
}
