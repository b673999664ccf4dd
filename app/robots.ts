// robots.txt: the public pages are for everyone to find; a person's pages, the organizers' and
// the API are not for search engines (they answer a visitor with a sign-in page or a 401 anyway).
import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/me", "/organize", "/admin", "/api/", "/dev/", "/invite/", "/unsubscribe/", "/calendar/u/"] },
  };
}
