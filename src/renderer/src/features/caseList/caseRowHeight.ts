/** One row of the case list, in pixels: the virtual list and the first-screen read both size by it. */
export const caseRowHeight = 76;
