// The personal layer's data block (lib/personal/personal-script.ts): null on the visitor's page,
// the person's view when the app renders for someone signed in. The front writes the same bytes
// into the cached page for a signed-in person, so React may find other content here when it
// hydrates: nothing reads this element but the personal store.
import type { PersonalView } from "@/lib/personal/personal-view.ts";
import { PERSONAL_SCRIPT_ID, personalJson } from "@/lib/personal/personal-script.ts";

export function PersonalData({ view }: { view: PersonalView | null }) {
  return view ? (
    <script
      id={PERSONAL_SCRIPT_ID}
      type="application/json"
      data-member=""
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: personalJson(view) }}
    />
  ) : (
    <script id={PERSONAL_SCRIPT_ID} type="application/json" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: "null" }} />
  );
}
