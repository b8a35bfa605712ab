import { waitFor } from '@testing-library/react';

/**
 * The open modal or drawer with this title. antd gives every dialog the same label id under test,
 * so the accessible name cannot tell a modal over a drawer apart; the title text can.
 */
export function findDialog(title: string) {
  return waitFor(() => {
    const dialog = [...document.querySelectorAll<HTMLElement>('.ant-modal, .ant-drawer-content')].find(
      (d) => d.querySelector('.ant-modal-title, .ant-drawer-title')?.textContent?.trim() === title,
    );
    if (!dialog) throw new Error(`no dialog titled ${title}`);
    return dialog;
  });
}
