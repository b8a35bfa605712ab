package vn.dongnai.contest.demo;

import vn.dongnai.contest.bank.Bank;
import vn.dongnai.contest.bank.format.BankFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The committed bank (question-bank/bank/*.txt), packaged into the app under {@code bank/}. */
final class ClasspathBank {

    private ClasspathBank() {
    }

    static Bank load() {
        URL url = ClasspathBank.class.getClassLoader().getResource("bank");
        if (url == null) {
            throw new IllegalStateException("the question bank is not on the classpath (bank/)");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath("bank"));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Bank read(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<Bank> banks = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                banks.add(BankFiles.read(file.getFileName().toString(), in));
            }
        }
        return Bank.concat(banks);
    }
}
