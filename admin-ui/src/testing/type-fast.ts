import userEvent from '@testing-library/user-event';

/** Puts text into a field in one paste: typing it key by key re-renders antd once per letter. */
export async function pasteInto(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}
