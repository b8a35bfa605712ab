import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LoginForm } from '@/features/auth/components/login-form';
import { tokens } from '@/lib/api-client';

const root = createRoot(document.getElementById('root')!);

// The console (antd, the router, every screen's entry) is its own chunk: the login shows without it.
const loadConsole = () => import('@/app');

async function openConsole() {
  const { App } = await loadConsole();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

if (tokens.get()) {
  openConsole();
} else {
  root.render(
    <StrictMode>
      <LoginForm
        onTyping={() => void loadConsole()}
        onSignedIn={async (response, username) => {
          tokens.store(response, username);
          await openConsole();
          return true;
        }}
      />
    </StrictMode>,
  );
}
