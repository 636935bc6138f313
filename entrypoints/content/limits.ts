/** Pages larger than this are not read (the DOM walk would be felt) nor pushed aside once loaded (a re-layout). */
export const MAX_ELEMENTS = 60000;
