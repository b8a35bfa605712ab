import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError, fieldErrors } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';

/**
 * A form's save: `busy` while it runs; when the API refuses, its field errors land on their fields
 * and its message in `error`, for the Alert above the form.
 */
export function useSave(form: FormInstance) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (e) {
        form.setFields(fieldErrors(e, lang) as never);
        setError(e instanceof ApiError ? e.text(lang) : t('loadFailed'));
      } finally {
        setBusy(false);
      }
    },
    [form, lang, t],
  );

  return { busy, error, setError, run };
}
