import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { committeeWorld } from '@/testing/committee-handlers';
import { renderApp } from '@/testing/render';
import { server } from '@/testing/server';

describe('review queue filters', () => {
  it('never lets a slow answer for an older filter replace the newer filter on screen', async () => {
    const world = committeeWorld();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let slowAnswered = false;
    server.use(
      // the "disqualified" list answers only when released; returning nothing hands the request on to the world
      http.get('/api/admin/rounds/:id/review', async ({ request }) => {
        if (new URL(request.url).searchParams.get('status') !== 'DISQUALIFIED') return;
        await held;
        slowAnswered = true;
      }),
      ...world.handlers,
    );
    renderApp('/review?contest=1&round=7', 'token-committee');
    await screen.findByTestId('review-101');

    await userEvent.click(screen.getByText('Đã loại (1)'));
    await userEvent.click(screen.getByText('Tất cả (3)'));
    // the newer filter (all entries) answers first
    expect(await screen.findByTestId('review-103')).toBeInTheDocument();
    expect(screen.getByTestId('review-101')).toBeInTheDocument();

    // then the older one answers: it must not take over the screen
    release();
    await waitFor(() => expect(slowAnswered).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByTestId('review-101')).toBeInTheDocument();
    expect(screen.getByTestId('review-102')).toBeInTheDocument();
    expect(screen.getByTestId('review-103')).toBeInTheDocument();
  });
});
