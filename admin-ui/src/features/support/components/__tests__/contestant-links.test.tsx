import { screen, within } from '@testing-library/react';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

describe("links to a contestant's file on the support desk", () => {
  beforeEach(() => server.use(...committeeWorld().handlers));

  it('turns the id in the review queue into a link to the file for an ADMIN', async () => {
    renderApp('/review?contest=1&round=7');
    const card = await screen.findByTestId('review-101');
    expect(within(card).getByRole('link', { name: '#101' })).toHaveAttribute('href', '/support/contestants/101');
  });

  it('leaves it plain text for the committee, who cannot open the desk', async () => {
    renderApp('/review?contest=1&round=7', 'token-committee');
    const card = await screen.findByTestId('review-101');
    expect(within(card).getByText('#101')).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: '#101' })).not.toBeInTheDocument();
  });
});
