// Re-renders the page's server data every `ms` while the tab is visible (router.refresh keeps
// client state such as a search box); a tab that comes back refreshes at once.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function useLiveRefresh(ms: number) {
  const router = useRouter();
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      if (!timer) timer = setInterval(() => router.refresh(), ms);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = () => {
      if (document.hidden) return stop();
      router.refresh();
      start();
    };
    if (!document.hidden) start();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stop();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [router, ms]);
}
