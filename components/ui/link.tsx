// Every internal link of the site: Next's <Link> (client-side navigation) without prefetching.
// By default each <Link> in view fetches its page ahead of time: measured on the production
// build, one visitor's view of the home page, /schedule or /papers set off 16–19 page renders,
// which the front's cache could not answer (their key carries the page they came from) and
// which reached the database for signed-in people. Under the announcement rush that multiplies
// the load by ten for pages nobody opens. A click now fetches its one page (decision 020).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
