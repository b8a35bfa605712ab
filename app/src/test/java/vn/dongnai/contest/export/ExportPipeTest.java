package vn.dongnai.contest.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-over between the thread writing an export and the response reading it. */
class ExportPipeTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void whatTheWriterWritesIsWhatTheResponseReads() throws IOException {
        InputStream body = new ExportPipe().writeOn(executor, "test", (sink, opened) -> {
            sink.write("Hạng;Điểm\r\n1;10\r\n".getBytes(StandardCharsets.UTF_8));
            sink.close();
        });
        try (body) {
            assertEquals("Hạng;Điểm\r\n1;10\r\n", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aWriterThatFailsHalfWayIsAnErrorForTheReaderNeverAShortFile() throws InterruptedException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream body = new ExportPipe().writeOn(executor, "test", (sink, opened) -> {
            opened.accept(() -> closed.set(true));
            sink.write(new byte[100_000]);
            throw new IllegalStateException("the database went away");
        });
        IOException failure = assertThrows(IOException.class, body::readAllBytes);
        assertTrue(failure.getMessage().contains("IllegalStateException"), failure.getMessage());
        executor.shutdown();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        assertTrue(closed.get(), "what the writer opened is closed");
    }
}
