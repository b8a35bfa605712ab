import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { organizerHandlers } from './organizer-handlers';

export const server = setupServer(...handlers, ...organizerHandlers);
