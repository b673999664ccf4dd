// The class names of the secondary buttons of the editors (the primary one is buttonClass in field.tsx).
export const smallButtonClass =
  "rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:border-slate-300 disabled:text-slate-400 disabled:hover:bg-white";

export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-md border border-red-700 bg-white px-4 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60";
