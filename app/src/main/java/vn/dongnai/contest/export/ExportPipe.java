package vn.dongnai.contest.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands an export from the thread that writes it (reading MySQL as it goes) to the HTTP server,
 * which reads the {@link #source()} in chunks as the client takes them. At most
 * {@code CAPACITY × CHUNK} bytes wait in between, so a slow download slows the writer instead of
 * filling the heap. Unlike {@code PipedInputStream} it does not care which threads read or write.
 */
public final class ExportPipe {

    private static final Logger LOG = LoggerFactory.getLogger(ExportPipe.class);

    private static final int CHUNK = 64 * 1024;
    private static final int CAPACITY = 8;
    private static final byte[] END = new byte[0];
    /** A download nobody reads any more (client gone) frees the writer after this long. */
    private static final long STALL_SECONDS = 120;

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean readerClosed;
    private volatile IOException failure;

    private final OutputStream sink = new OutputStream() {
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            if (filled == buffer.length) {
                flush();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == buffer.length) {
                    flush();
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(bytes, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            if (filled > 0) {
                put(Arrays.copyOf(buffer, filled));
                filled = 0;
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                flush();
                put(END);
            }
        }
    };

    private final InputStream source = new InputStream() {
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == current.length) {
                if (ended) {
                    return -1;
                }
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException();
                }
                position = 0;
                if (current == END) {
                    ended = true;
                    if (failure != null) {
                        throw failure;
                    }
                }
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, into, off, n);
            position += n;
            return n;
        }

        @Override
        public void close() {
            readerClosed = true;
            chunks.clear();
        }
    };

    public OutputStream sink() {
        return sink;
    }

    public InputStream source() {
        return source;
    }

    /** Writes an export into the pipe; what it opens is handed to {@code opened}, to be closed if it fails. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream sink, Consumer<AutoCloseable> opened) throws Exception;
    }

    /**
     * Runs {@code writer} on {@code executor} and returns what the response reads. A failure reaches
     * the reader as an error ({@link #fail}) and closes what the writer had opened.
     */
    InputStream writeOn(ExecutorService executor, String name, Writer writer) {
        executor.execute(() -> {
            List<AutoCloseable> opened = new ArrayList<>(1);
            try {
                writer.write(sink, opened::add);
            } catch (Exception e) {
                LOG.warn("Export {} stopped: {}", name, e.getClass().getSimpleName());
                fail(e);
                for (AutoCloseable resource : opened) {
                    try {
                        resource.close();
                    } catch (Exception ignored) {
                        // the export already failed; the reader has been told
                    }
                }
            }
        });
        return source;
    }

    /** The writer failed: the reader sees an error instead of a clean end, so no truncated file looks complete. */
    public void fail(Exception cause) {
        failure = new IOException("export failed: " + cause.getClass().getSimpleName(), cause);
        try {
            put(END);
        } catch (IOException ignored) {
            // the reader is gone; nobody is waiting for the end
        }
    }

    private void put(byte[] chunk) throws IOException {
        long waited = 0;
        try {
            while (!chunks.offer(chunk, 1, TimeUnit.SECONDS)) {
                if (readerClosed || ++waited >= STALL_SECONDS) {
                    throw new IOException("the download was abandoned");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        if (readerClosed) {
            chunks.clear();
            throw new IOException("the download was abandoned");
        }
    }
}
