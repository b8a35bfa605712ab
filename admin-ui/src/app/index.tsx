// antd's reset: without it the browser's 8 px body margin frames the whole console
import 'antd/dist/reset.css';
import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App() {
  return (
    <AppProvider>
      <AppRouter />
    </AppProvider>
  );
}
